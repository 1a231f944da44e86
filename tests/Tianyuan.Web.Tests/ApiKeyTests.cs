namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tianyuan.Kernel.Demo;

/// <summary>Machine credentials: issued once, stored hashed, scoped, revocable.</summary>
public class ApiKeyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_metrics_key_opens_metrics_until_it_is_revoked()
    {
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        using var created = await admin.PostAsJsonAsync("/api/auth/api-keys", new { name = "prometheus", scopes = new[] { "metrics:read" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = body.GetProperty("key").GetString()!;

        using var machine = app.Client();
        using (var anonymous = await machine.GetAsync("/metrics"))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        machine.DefaultRequestHeaders.Add("X-Api-Key", key);
        using (var scraped = await machine.GetAsync("/metrics"))
        {
            Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
            Assert.Contains("http_requests_received_total", await scraped.Content.ReadAsStringAsync());
        }

        using (var revoked = await admin.DeleteAsync($"/api/auth/api-keys/{body.GetProperty("id").GetGuid()}"))
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var after = await machine.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task The_database_holds_only_a_hash_of_the_key()
    {
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        using var created = await admin.PostAsJsonAsync("/api/auth/api-keys", new { name = "gateway", scopes = new[] { "metrics:read" } });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var secret = key.Split('_', 3)[2];

        var stored = await ReadApiKeyRowsAsync();
        Assert.NotEmpty(stored);
        Assert.DoesNotContain(stored, row => row.Contains(secret, StringComparison.Ordinal));

        var listed = await admin.GetStringAsync("/api/auth/api-keys");
        Assert.DoesNotContain(secret, listed);
        Assert.Contains("gateway", listed);
    }

    [Fact]
    public async Task Only_admins_issue_keys_and_unknown_scopes_are_refused()
    {
        using var op = await app.SignedInAsync(DemoAccounts.Operator);
        using (var forbidden = await op.PostAsJsonAsync("/api/auth/api-keys", new { name = "x", scopes = new[] { "metrics:read" } }))
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        using var invalid = await admin.PostAsJsonAsync("/api/auth/api-keys", new { name = "", scopes = new[] { "root" } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("scopes", out _));
    }

    [Fact]
    public async Task A_made_up_key_is_refused()
    {
        using var machine = app.Client();
        machine.DefaultRequestHeaders.Add("X-Api-Key", "ty_0123456789_thisisnotarealsecretatallreally");
        using var response = await machine.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Every stored column of every key row, as text, read straight from the database.</summary>
    async Task<List<string>> ReadApiKeyRowsAsync()
    {
        var rows = new List<string>();
        System.Data.Common.DbConnection connection = app.IsPostgres ? new NpgsqlConnection(app.Database) : new SqliteConnection($"Data Source={app.Database}");
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = app.IsPostgres ? "SELECT * FROM accounts.accounts_api_key" : "SELECT * FROM accounts_api_key";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is byte[] b ? Convert.ToBase64String(b) : reader.GetValue(i)?.ToString());
                rows.Add(string.Join('|', values));
            }
        }

        return rows;
    }
}
