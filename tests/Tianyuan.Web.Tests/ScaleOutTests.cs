namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Tianyuan.Kernel.Demo;

/// <summary>
/// Two web nodes on one database (PostgreSQL in the PostgreSQL pass, one SQLite file otherwise): a sign-in on one
/// node works on the other because the Data Protection key ring lives in the database.
/// </summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    TestApp first = default!;
    TestApp second = default!;

    public async Task InitializeAsync()
    {
        first = await TestApp.StartAsync();
        second = await TestApp.StartAsync(sharedDatabase: first);
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task A_bearer_token_from_one_node_is_accepted_by_the_other()
    {
        var token = await first.TokenAsync(DemoAccounts.Operator);
        using var other = second.Client();
        other.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await other.GetAsync("/api/regions/people");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_cookie_from_one_node_opens_pages_on_the_other()
    {
        var cookies = new CookieContainer();
        using (var one = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(first.BaseUrl) })
        using (var login = await one.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = DemoAccounts.Operator, password = DemoAccounts.Password }))
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        // Same host (127.0.0.1), other port: hand the cookie over the way a load balancer would.
        var cookie = cookies.GetCookies(new Uri(first.BaseUrl)).Single(c => c.Name == "ty.auth");
        using var two = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(second.BaseUrl) };
        two.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        using var page = await two.GetAsync("/backoffice/people");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("people-table", await page.Content.ReadAsStringAsync());

        using var withoutCookie = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(second.BaseUrl) };
        using var refused = await withoutCookie.GetAsync("/backoffice/people");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/login", refused.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_village_added_on_one_node_is_seen_on_the_other()
    {
        using var op = await first.SignedInAsync(DemoAccounts.Operator);
        using var created = await op.PostAsJsonAsync("/api/regions", new { parentCode = "331199101", nameZh = "双节点村" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

        using var other = second.Client();
        var region = await other.GetFromJsonAsync<JsonElement>($"/api/regions/{code}");
        Assert.Equal("双节点村", region.GetProperty("nameZh").GetString());
    }
}

/// <summary>PostgreSQL specifics: both modules' migrations apply on an empty database, each in its own schema.</summary>
public class PostgresTests
{
    [PostgresFact]
    public async Task Migrations_apply_cleanly_on_an_empty_database_with_a_schema_per_module()
    {
        await using var app = await TestApp.StartAsync();
        Assert.True(app.IsPostgres);
        await using var connection = new NpgsqlConnection(app.Database);
        await connection.OpenAsync();

        await using var tables = new NpgsqlCommand(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema IN ('regions','accounts')", connection);
        var names = new List<string>();
        await using (var reader = await tables.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                names.Add(reader.GetString(0));
        Assert.Contains("regions.regions_region", names);
        Assert.Contains("regions.regions_consent_record", names);
        Assert.Contains("regions.__ef_migrations", names);
        Assert.Contains("accounts.accounts_user", names);
        Assert.Contains("accounts.accounts_data_protection_key", names);
        Assert.DoesNotContain(names, n => n.Contains("AspNet", StringComparison.Ordinal));

        await using var villages = new NpgsqlCommand("SELECT count(*) FROM regions.regions_region WHERE \"Level\" = 5", connection);
        Assert.Equal(30L, (long)(await villages.ExecuteScalarAsync())!);

        using var client = app.Client();
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [PostgresFact]
    public async Task A_restart_on_an_existing_database_applies_nothing_and_seeds_nothing_twice()
    {
        await using var first = await TestApp.StartAsync();
        await using var again = await TestApp.StartAsync(sharedDatabase: first);
        await using var connection = new NpgsqlConnection(first.Database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM accounts.accounts_user", connection);
        Assert.Equal((long)DemoAccounts.All.Count, (long)(await count.ExecuteScalarAsync())!);
    }
}
