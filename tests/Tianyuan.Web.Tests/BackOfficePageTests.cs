namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>The back office pages over plain HTTP with a sign-in cookie: every list opens, odd URLs do no harm, scope holds.</summary>
public class BackOfficePageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Theory]
    [InlineData("/backoffice/regions")]
    [InlineData("/backoffice/regions/new")]
    [InlineData("/backoffice/organisations")]
    [InlineData("/backoffice/organisations/new")]
    [InlineData("/backoffice/people")]
    [InlineData("/backoffice/people/new")]
    [InlineData("/backoffice/regions/331199101")]
    [InlineData("/me")]
    public async Task Every_back_office_page_opens_for_an_operator(string path)
    {
        using var browser = await app.CookieClientAsync(DemoAccounts.Operator);
        using var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/backoffice/organisations?page=abc&kind=Nope")]
    [InlineData("/backoffice/organisations?kind=Cooperative&page=99999999999")]
    [InlineData("/backoffice/people?page=-3")]
    [InlineData("/backoffice/regions?page=2147483647")]
    [InlineData("/account/login?throttled=maybe")]
    public async Task Hand_edited_query_strings_give_a_page_not_an_error(string path)
    {
        using var browser = await app.CookieClientAsync(DemoAccounts.Admin);
        using var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_organisation_list_filters_by_kind()
    {
        using var browser = await app.CookieClientAsync(DemoAccounts.Admin);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/backoffice/organisations?kind=GroupBuyPoint"));
        Assert.Contains("团购自提点", html);
        Assert.DoesNotContain("专业合作社", html);
    }

    [Fact]
    public async Task A_region_page_shows_an_operator_only_the_organisations_they_manage()
    {
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        var elsewhere = (await admin.GetFromJsonAsync<JsonElement>("/api/regions/organisations?region=331199102&pageSize=100"))
            .GetProperty("items").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(elsewhere);

        using var op = await app.CookieClientAsync(DemoAccounts.Operator);
        var html = WebUtility.HtmlDecode(await op.GetStringAsync("/backoffice/regions/331199102"));
        Assert.All(elsewhere, name => Assert.DoesNotContain(name, html));

        var adminHtml = WebUtility.HtmlDecode(await (await app.CookieClientAsync(DemoAccounts.Admin)).GetStringAsync("/backoffice/regions/331199102"));
        Assert.Contains(elsewhere[0], adminHtml);
    }

    [Fact]
    public async Task Another_townships_organisation_page_answers_403_and_an_unknown_one_404()
    {
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        var theirs = (await admin.GetFromJsonAsync<JsonElement>("/api/regions/organisations?region=331199103")).GetProperty("items")[0].GetProperty("id").GetGuid();
        using var op = await app.CookieClientAsync(DemoAccounts.Operator);
        using var forbidden = await op.GetAsync($"/backoffice/organisations/{theirs}");
        using var missing = await op.GetAsync($"/backoffice/organisations/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_cookie_signed_in_API_write_needs_the_antiforgery_token()
    {
        using var browser = await app.CookieClientAsync(DemoAccounts.Operator);
        using var withoutToken = await browser.PostAsJsonAsync("/api/regions", new { parentCode = "331199101", nameZh = "跨站村" });
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal("urn:tianyuan:problem:antiforgery", (await withoutToken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());

        var token = await browser.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/regions") { Content = JsonContent.Create(new { parentCode = "331199101", nameZh = "令牌村" }) };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        using var withToken = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, withToken.StatusCode);
    }

    [Fact]
    public async Task Signing_out_needs_the_form_token_so_no_other_site_can_do_it()
    {
        using var browser = await app.CookieClientAsync(DemoAccounts.Operator);
        using var forged = await browser.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var stillIn = await browser.GetAsync("/backoffice/people");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }
}

/// <summary>A database seeded in demo mode, later run without it: the published demo password no longer opens anything.</summary>
public sealed class DemoRetirementTests : IAsyncLifetime
{
    TestApp demo = default!;

    public async Task InitializeAsync() => demo = await TestApp.StartAsync();

    public async Task DisposeAsync() => await demo.DisposeAsync();

    [Fact]
    public async Task Turning_demo_mode_off_locks_the_demo_accounts_and_ends_their_sessions()
    {
        var token = await demo.TokenAsync(DemoAccounts.Admin);
        using var browser = await demo.CookieClientAsync(DemoAccounts.Admin);
        using (var before = await browser.GetAsync("/backoffice/people"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await using var production = await TestApp.StartAsync(new Dictionary<string, string?> { ["Demo:Enabled"] = "false" }, sharedDatabase: demo);

        using var client = production.Client();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Admin, password = DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var old = await client.GetAsync("/api/regions/people");
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);

        // The cookie from before stops working too (on either node: they share the database).
        using var after = await browser.GetAsync("/backoffice/people");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location?.ToString());
    }
}
