namespace Tianyuan.Web.Tests;

using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Kernel.Persistence;

/// <summary>Health, OpenAPI, security headers, language: what operators and integrators rely on.</summary>
public class HostTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task Health_says_live_and_ready_with_the_database_checked()
    {
        using var client = app.Client();
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("db-regions").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("db-accounts").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("db-farm").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_endpoints()
    {
        using var client = app.Client();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString());
        Assert.Contains("/api/regions", paths);
        Assert.Contains("/api/regions/{code}", paths);
        Assert.Contains("/api/regions/organisations/{id}", paths);
        Assert.Contains("/api/auth/login", paths);
        Assert.Contains("/api/auth/api-keys", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/backoffice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_API_reference_page_is_served_locally()
    {
        using var client = app.Client();
        var html = await client.GetStringAsync("/api/docs");
        Assert.Contains("openapi/v1.json", html);
        Assert.DoesNotContain("cdn.jsdelivr.net", html);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        using var client = app.Client();
        using var response = await client.GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_home_page_is_Chinese_by_default_and_English_after_the_switch()
    {
        using var client = app.Client();
        var chinese = await client.GetStringAsync("/");
        Assert.Contains("lang=\"zh-CN\"", chinese);
        Assert.Contains("青溪县", WebUtilityDecode(chinese), StringComparison.Ordinal);

        using var switched = await client.GetAsync("/culture?c=en&r=/");
        var english = await client.GetStringAsync("/");
        Assert.Contains("lang=\"en\"", english);
        Assert.Contains("Qingxi County", english);

        // The choice is remembered by cookie, not just for one request.
        Assert.Contains("Qingxi County", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_home_page_lists_every_township_and_village()
    {
        using var client = app.Client();
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        using var tree = JsonDocument.Parse(await client.GetStringAsync("/api/regions"));
        var county = tree.RootElement[0].GetProperty("children")[0].GetProperty("children")[0];
        foreach (var township in county.GetProperty("children").EnumerateArray())
        {
            Assert.Contains(township.GetProperty("nameZh").GetString()!, html);
            foreach (var village in township.GetProperty("children").EnumerateArray())
                Assert.Contains(village.GetProperty("nameZh").GetString()!, html);
        }
    }

    [Fact]
    public async Task An_unknown_page_gets_the_not_found_page_and_an_unknown_api_a_problem()
    {
        using var client = app.Client();
        using var page = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("页面不存在", System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));

        using var api = await client.GetAsync("/api/regions/999999999999");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal("urn:tianyuan:problem:not-found", problem.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Every_module_model_change_has_a_migration_for_this_provider()
    {
        var modules = app.Services.GetServices<ModuleDbRegistration>().ToList();
        Assert.Equal(["regions", "accounts", "farm", "stays", "trace", "market"], modules.Select(m => m.Module));
        foreach (var module in modules)
        {
            using var scope = app.Services.CreateScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbType);
            Assert.False(db.Database.HasPendingModelChanges(), $"{module.Module} has model changes without a migration (tools/add-migration.sh)");
            Assert.Empty(db.Database.GetPendingMigrations());
        }
    }

    static string WebUtilityDecode(string html) => System.Net.WebUtility.HtmlDecode(html);
}
