namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>The Regions API as operators and integrators use it, including scoped access and bad input.</summary>
public class RegionsApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    const string OperatorsTownship = "331199101";
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task The_public_tree_has_the_demo_county_with_six_townships_and_thirty_villages()
    {
        using var client = app.Client();
        using var tree = JsonDocument.Parse(await client.GetStringAsync("/api/regions"));
        var county = tree.RootElement[0].GetProperty("children")[0].GetProperty("children")[0];
        Assert.Equal("331199", county.GetProperty("code").GetString());
        Assert.Equal("青溪县", county.GetProperty("nameZh").GetString());
        var townships = county.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(6, townships.Count);
        Assert.True(townships.Sum(t => t.GetProperty("children").GetArrayLength()) >= 30);
    }

    [Fact]
    public async Task One_region_comes_with_its_GeoJSON_boundary_and_children()
    {
        using var client = app.Client();
        using var region = JsonDocument.Parse(await client.GetStringAsync($"/api/regions/{OperatorsTownship}"));
        Assert.Equal("Polygon", region.RootElement.GetProperty("boundary").GetProperty("type").GetString());
        Assert.True(region.RootElement.GetProperty("children").GetArrayLength() >= 5);
        Assert.Equal("331199", region.RootElement.GetProperty("parentCode").GetString());
    }

    [Fact]
    public async Task An_operator_of_one_township_gets_403_on_another_townships_organisation()
    {
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/regions/organisations?pageSize=100");
        var items = all.GetProperty("items").EnumerateArray().ToList();
        var mine = items.First(o => o.GetProperty("regionCode").GetString()!.StartsWith(OperatorsTownship, StringComparison.Ordinal));
        var theirs = items.First(o => !o.GetProperty("regionCode").GetString()!.StartsWith(OperatorsTownship, StringComparison.Ordinal)
                                      && o.GetProperty("regionCode").GetString()!.Length > 6);

        using var op = await app.SignedInAsync(DemoAccounts.Operator);
        using var allowed = await op.GetAsync($"/api/regions/organisations/{mine.GetProperty("id").GetGuid()}");
        using var refused = await op.GetAsync($"/api/regions/organisations/{theirs.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("urn:tianyuan:problem:forbidden", problem.RootElement.GetProperty("type").GetString());

        // And their list shows only their own township's organisations.
        var listed = await op.GetFromJsonAsync<JsonElement>("/api/regions/organisations?pageSize=100");
        Assert.All(listed.GetProperty("items").EnumerateArray(), o => Assert.StartsWith(OperatorsTownship, o.GetProperty("regionCode").GetString()));
    }

    [Fact]
    public async Task A_farmer_may_not_open_the_back_office_API()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var response = await farmer.GetAsync("/api/regions/people");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_operator_adds_a_village_in_their_township_and_not_in_another()
    {
        using var op = await app.SignedInAsync(DemoAccounts.Operator);
        using var created = await op.PostAsJsonAsync("/api/regions", new { parentCode = OperatorsTownship, nameZh = "接口新村", nameEn = "Jiekou Village" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var code = body.GetProperty("code").GetString()!;
        Assert.StartsWith(OperatorsTownship, code);
        Assert.Equal($"/api/regions/{code}", created.Headers.Location?.ToString());

        using var anonymous = app.Client();
        var fetched = await anonymous.GetFromJsonAsync<JsonElement>($"/api/regions/{code}");
        Assert.Equal("接口新村", fetched.GetProperty("nameZh").GetString());

        using var elsewhere = await op.PostAsJsonAsync("/api/regions", new { parentCode = "331199102", nameZh = "越界村" });
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_village_without_a_name_is_a_400_naming_the_field_and_nothing_is_created()
    {
        using var op = await app.SignedInAsync(DemoAccounts.Operator);
        var before = (await op.GetFromJsonAsync<JsonElement>($"/api/regions/{OperatorsTownship}")).GetProperty("children").GetArrayLength();

        using var response = await op.PostAsJsonAsync("/api/regions", new { parentCode = OperatorsTownship, nameZh = "", latitude = 123.0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("urn:tianyuan:problem:validation", problem.RootElement.GetProperty("type").GetString());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("nameZh", out _));
        Assert.True(errors.TryGetProperty("latitude", out _));
        Assert.Equal(before, (await op.GetFromJsonAsync<JsonElement>($"/api/regions/{OperatorsTownship}")).GetProperty("children").GetArrayLength());
    }

    [Fact]
    public async Task An_operator_registers_a_farmer_in_their_township_with_a_checked_phone_and_unique_email()
    {
        using var op = await app.SignedInAsync(DemoAccounts.Operator);
        using var invalid = await op.PostAsJsonAsync("/api/regions/people", new { name = "", phone = "12345", email = "not-an-email", regionCode = OperatorsTownship });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["email", "name", "phone"], errors.EnumerateObject().Select(p => p.Name).Order());

        using var created = await op.PostAsJsonAsync("/api/regions/people", new { name = "周春生", phone = "13905780001", email = "Zhou.CS@example.cn", regionCode = OperatorsTownship });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = await op.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());
        Assert.Equal("zhou.cs@example.cn", person.GetProperty("email").GetString());
        Assert.Equal("139****0001", person.GetProperty("phone").GetString());

        using var sameEmail = await op.PostAsJsonAsync("/api/regions/people", new { name = "周春", phone = "13905780002", email = "zhou.cs@example.cn", regionCode = OperatorsTownship });
        Assert.Equal(HttpStatusCode.Conflict, sameEmail.StatusCode);
        using var elsewhere = await op.PostAsJsonAsync("/api/regions/people", new { name = "越界", phone = "13905780003", regionCode = "331199104" });
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
    }

    [Fact]
    public async Task An_oversize_body_is_a_413_problem()
    {
        using var op = await app.SignedInAsync(DemoAccounts.Operator);
        var huge = new string('村', 700_000);
        using var response = await op.PostAsync("/api/regions", new StringContent($"{{\"parentCode\":\"{OperatorsTownship}\",\"nameZh\":\"{huge}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("urn:tianyuan:problem:body-too-large", problem.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_415_problem()
    {
        using var op = await app.SignedInAsync(DemoAccounts.Operator);
        using var response = await op.PostAsync("/api/regions", new StringContent("parentCode=331199101", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("urn:tianyuan:problem:unsupported-media-type", problem.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_person_shows_their_consents_and_a_revoked_consent_stays_on_record()
    {
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        var people = await admin.GetFromJsonAsync<JsonElement>("/api/regions/people?q=" + Uri.EscapeDataString("farmer@"));
        var farmerId = people.GetProperty("items")[0].GetProperty("id").GetGuid();
        var person = await admin.GetFromJsonAsync<JsonElement>($"/api/regions/people/{farmerId}");
        var consent = person.GetProperty("consents")[0];
        Assert.True(consent.GetProperty("active").GetBoolean());
        Assert.Equal("market.sales", consent.GetProperty("dataCategory").GetString());

        using var revoke = await admin.PostAsync($"/api/regions/consents/{consent.GetProperty("id").GetGuid()}/revoke", null);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        var after = (await admin.GetFromJsonAsync<JsonElement>($"/api/regions/people/{farmerId}")).GetProperty("consents")[0];
        Assert.False(after.GetProperty("active").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("revokedAt").ValueKind);
    }
}
