namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>Granting and revoking scoped roles, and what a revoked role means for a signed-in person.</summary>
public class RoleTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_granted_role_opens_the_back_office_and_a_revoked_one_ends_the_session()
    {
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        var host = (await admin.GetFromJsonAsync<JsonElement>("/api/regions/people?q=host%40")).GetProperty("items")[0];
        var hostId = host.GetProperty("id").GetGuid();

        using var granted = await admin.PostAsJsonAsync($"/api/regions/people/{hostId}/roles", new { role = "Operator", regionCode = "331199102" });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        var assignmentId = (await granted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Signing in now carries the new scope: the host sees township 331199102's people and nobody else's.
        var (token, refresh) = await LoginAsync(DemoAccounts.Host);
        using var asOperator = app.Client();
        asOperator.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var people = await asOperator.GetFromJsonAsync<JsonElement>("/api/regions/people?pageSize=100");
        Assert.NotEmpty(people.GetProperty("items").EnumerateArray());
        Assert.All(people.GetProperty("items").EnumerateArray(), p => Assert.StartsWith("331199102", p.GetProperty("regionCode").GetString()));

        using var revoked = await admin.PostAsync($"/api/regions/roles/{assignmentId}/revoke", null);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        // The revocation reaches Accounts through the outbox; from then on the refresh token is refused.
        var refused = false;
        for (var i = 0; i < 50 && !refused; i++)
        {
            using var anonymous = app.Client();
            using var attempt = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh });
            refused = attempt.StatusCode == HttpStatusCode.Unauthorized;
            if (!refused)
                await Task.Delay(100);
        }

        Assert.True(refused, "the refresh token still worked after the role was revoked");
        // The access token issued before the revocation stops working too, not only after it expires.
        using (var stale = await asOperator.GetAsync("/api/regions/people"))
            Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        var (fresh, _) = await LoginAsync(DemoAccounts.Host);
        using var asHost = app.Client();
        asHost.DefaultRequestHeaders.Authorization = new("Bearer", fresh);
        using var denied = await asHost.GetAsync("/api/regions/people");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task An_operator_cannot_make_anyone_an_admin_or_grant_outside_their_township()
    {
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        var visitorId = (await admin.GetFromJsonAsync<JsonElement>("/api/regions/people?q=visitor%40")).GetProperty("items")[0].GetProperty("id").GetGuid();
        using var op = await app.SignedInAsync(DemoAccounts.Operator);

        using var toAdmin = await op.PostAsJsonAsync($"/api/regions/people/{visitorId}/roles", new { role = "Admin", regionCode = "331199101" });
        using var elsewhere = await op.PostAsJsonAsync($"/api/regions/people/{visitorId}/roles", new { role = "Farmer", regionCode = "331199103" });
        using var both = await op.PostAsJsonAsync($"/api/regions/people/{visitorId}/roles", new { role = "Farmer", regionCode = "331199101", organisationId = Guid.NewGuid() });
        using var unknown = await op.PostAsJsonAsync($"/api/regions/people/{visitorId}/roles", new { role = "Mayor", regionCode = "331199101" });

        Assert.Equal(HttpStatusCode.Forbidden, toAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("role", out _));

        using var twice = await op.PostAsJsonAsync($"/api/regions/people/{visitorId}/roles", new { role = "Farmer", regionCode = "331199101" });
        using var again = await op.PostAsJsonAsync($"/api/regions/people/{visitorId}/roles", new { role = "Farmer", regionCode = "331199101" });
        Assert.Equal(HttpStatusCode.Created, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    async Task<(string Access, string Refresh)> LoginAsync(string email)
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("accessToken").GetString()!, json.GetProperty("refreshToken").GetString()!);
    }
}
