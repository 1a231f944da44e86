namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>English pages count as English does: "1 night", "2 nights" (Chinese has one form: 共 1 晚).</summary>
public class EnglishCountsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_one_night_quote_says_1_night_in_English_and_two_nights_say_2_nights()
    {
        using var anonymous = fixture.App.Client();
        var stay = (await anonymous.GetFromJsonAsync<JsonElement>("/api/stays")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        string Page(int nights, string culture) => $"/stays/{stay}?from={from:yyyy-MM-dd}&to={from.AddDays(nights):yyyy-MM-dd}&guests=1&culture={culture}";

        // A night outside the demo's holiday seasons, which ask for two nights or more.
        var one = WebUtility.HtmlDecode(await anonymous.GetStringAsync(Page(1, "en")));
        for (var tries = 0; one.Contains("need a stay of at least", StringComparison.Ordinal) && tries < 60; tries++)
        {
            from = from.AddDays(1);
            one = WebUtility.HtmlDecode(await anonymous.GetStringAsync(Page(1, "en")));
        }

        Assert.Contains("for 1 night<", one);
        Assert.DoesNotMatch(@"\b1 (nights|guests|reviews)\b", one);
        Assert.Contains("for 2 nights<", WebUtility.HtmlDecode(await anonymous.GetStringAsync(Page(2, "en"))));
        Assert.Contains("共 1 晚", WebUtility.HtmlDecode(await anonymous.GetStringAsync(Page(1, "zh-CN"))));
    }
}
