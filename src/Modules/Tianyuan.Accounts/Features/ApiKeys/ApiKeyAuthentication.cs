namespace Tianyuan.Accounts.Features.ApiKeys;

using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Authenticates machines by <c>X-Api-Key: ty_...</c> or <c>Authorization: ApiKey ty_...</c> (the form
/// Prometheus and most HTTP clients can send). Revoked keys fail at once on every node.
/// </summary>
sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AccountsDb db, TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    public static bool IsPresent(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.ContainsKey(Header)
        || request.Headers.Authorization.ToString().StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers.TryGetValue(Header, out var header)
            ? header.ToString()
            : Request.Headers.Authorization.ToString() is var auth && auth.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase) ? auth[(SchemeName.Length + 1)..] : null;
        if (presented is null)
            return AuthenticateResult.NoResult();
        if (!SecretKey.TryParse(presented, ApiKey.Tag, out var secret))
            return AuthenticateResult.Fail("Malformed API key.");

        var prefix = secret.Value.Prefix;
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || !secret.Value.Matches(key.SecretHash))
            return AuthenticateResult.Fail("Unknown API key.");
        if (key.RevokedAt is not null)
            return AuthenticateResult.Fail("Revoked API key.");

        // Last-used is for people auditing keys; minute precision is enough and spares a write per request.
        var now = clock.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        List<Claim> claims = [new(ClaimTypes.NameIdentifier, key.Id.ToString()), new(ClaimTypes.Name, key.Name)];
        claims.AddRange(key.ScopeList.Select(s => new Claim(ApiScopes.ClaimType, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
