namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>
/// A value the framework cannot bind (a date that is not a date, a page number that is not a number) is a 400 naming
/// the field, in the request's language, so the farmer's form shows it next to the field instead of an English
/// sentence about "parameters".
/// </summary>
public class BindingErrorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    static MultipartFormDataContent InputForm(string at) => new()
    {
        { new StringContent("09521141012345"), "gtin" }, { new StringContent("B1"), "lot" }, { new StringContent("有机肥"), "product" },
        { new StringContent("200 公斤/亩"), "dose" }, { new StringContent(at), "at" },
    };

    [Fact]
    public async Task A_form_date_that_is_not_a_date_names_the_field_in_chinese_and_in_english_when_asked()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var zh = await farmer.PostAsync("/api/trace/record/input", InputForm("abc"));
        var errors = await ErrorsAsync(zh);
        Assert.Equal(["at"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal("格式不对，请检查后重新填写。", errors.GetProperty("at")[0].GetString());

        using var en = await farmer.PostAsync("/api/trace/record/input?culture=en", InputForm("abc"));
        Assert.Equal("This value has the wrong type or format.", (await ErrorsAsync(en)).GetProperty("at")[0].GetString());

        var recall = await farmer.GetFromJsonAsync<JsonElement>("/api/trace/recall?gtin=09521141012345&lot=B1");
        Assert.Equal(0, recall.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task A_query_number_that_is_not_a_number_names_the_parameter()
    {
        using var anyone = app.Client();
        using var response = await anyone.GetAsync("/api/farm/adoption-plans?page=two");
        var errors = await ErrorsAsync(response);
        Assert.Equal("格式不对，请检查后重新填写。", errors.GetProperty("page")[0].GetString());
    }

    [Fact]
    public async Task Json_of_the_wrong_type_and_json_that_is_not_json_say_so_in_the_requests_language()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var wrongType = await farmer.PostAsync("/api/trace/record/harvest",
            new StringContent("""{"gtin": "09521141012345", "lot": "B2", "kilograms": "much"}""", Encoding.UTF8, "application/json"));
        Assert.Equal("格式不对，请检查后重新填写。", (await ErrorsAsync(wrongType)).GetProperty("kilograms")[0].GetString());

        using var notJson = await farmer.PostAsync("/api/trace/record/harvest?culture=en", new StringContent("收获 50 公斤", Encoding.UTF8, "application/json"));
        Assert.Equal("The body is not valid JSON.", (await ErrorsAsync(notJson)).EnumerateObject().Single().Value[0].GetString());
    }
}
