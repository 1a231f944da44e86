namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>Sign-in through the Identity API endpoints: tokens, wrong passwords, malformed bodies, lockout.</summary>
public class AuthTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_demo_account_signs_in_and_gets_a_bearer_token_that_opens_the_back_office_API()
    {
        using var client = app.Client();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Operator, password = DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        using var json = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("accessToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));

        using var anonymous = await client.GetAsync("/api/regions/organisations");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var organisations = await client.GetAsync("/api/regions/organisations");
        Assert.Equal(HttpStatusCode.OK, organisations.StatusCode);
    }

    [Fact]
    public async Task A_token_altered_by_one_character_is_401_and_the_genuine_one_still_works()
    {
        using var client = app.Client();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Operator, password = DemoAccounts.Password });
        using var json = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("accessToken").GetString()!;
        var altered = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];

        client.DefaultRequestHeaders.Authorization = new("Bearer", altered);
        using var refused = await client.GetAsync("/api/regions/organisations");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var accepted = await client.GetAsync("/api/regions/organisations");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_401()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Farmer, password = "not-the-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_problem_that_names_the_body()
    {
        using var client = app.Client();
        using var response = await client.PostAsync("/api/auth/login", new StringContent("{\"email\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("urn:tianyuan:problem:malformed-body", problem.RootElement.GetProperty("type").GetString());
        Assert.True(problem.RootElement.GetProperty("errors").EnumerateObject().Any());
    }

    [Fact]
    public async Task Missing_fields_are_a_400_problem_naming_each_field()
    {
        using var client = app.Client();
        using var response = await client.PostAsync("/api/auth/login", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fields = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("email", fields);
        Assert.Contains("password", fields);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_named()
    {
        using var client = app.Client();
        using var response = await client.PostAsync("/api/auth/login", new StringContent("{\"email\": 42, \"password\": \"x\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var client = app.Client();
        const string email = "lockout-test@example.cn";
        const string password = "Lockout-test-2026";
        using (var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password }))
            Assert.Equal(HttpStatusCode.OK, register.StatusCode);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-" + i });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("LockedOut", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sign_in_form_rejects_a_post_without_an_antiforgery_token()
    {
        using var client = app.Client(followRedirects: false);
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Email"] = DemoAccounts.Operator, ["Input.Password"] = DemoAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ty.auth", StringComparison.Ordinal)));
    }
}

/// <summary>Login attempts are rate-limited per client address.</summary>
public sealed class LoginRateLimitTests : IAsyncLifetime
{
    TestApp app = default!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Limits:LoginPerMinute"] = "3" });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_fourth_login_attempt_within_a_minute_is_429_with_retry_after()
    {
        using var client = app.Client();
        for (var i = 0; i < 3; i++)
        {
            using var attempt = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Visitor, password = "wrong" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var limited = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Visitor, password = DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
        using var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        Assert.Equal("urn:tianyuan:problem:too-many-requests", problem.RootElement.GetProperty("type").GetString());

        // Spelling the path differently does not get round the limit.
        using (var slash = await client.PostAsJsonAsync("/api/auth/login/", new { email = DemoAccounts.Visitor, password = "wrong" }))
            Assert.Equal(HttpStatusCode.TooManyRequests, slash.StatusCode);
        using (var register = await client.PostAsJsonAsync("/API/auth/register", new { email = "spam@example.cn", password = "Spam-account-2026" }))
            Assert.Equal(HttpStatusCode.TooManyRequests, register.StatusCode);

        // Other endpoints are not limited.
        using var tree = await client.GetAsync("/api/regions");
        Assert.Equal(HttpStatusCode.OK, tree.StatusCode);
    }
}
