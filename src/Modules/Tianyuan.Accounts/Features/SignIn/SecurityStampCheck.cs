namespace Tianyuan.Accounts.Features.SignIn;

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>
/// Checks on every request that a signed-in person's security stamp is still the one in their cookie or bearer
/// token. A revoked role, a new password or a lockout changes the stamp, so old tokens stop working at once on
/// every node (401), not only when they expire. One primary-key read per request.
/// </summary>
static class SecurityStampCheck
{
    public static void AddSecurityStampCheck(this IServiceCollection services)
    {
        services.Configure(IdentityConstants.ApplicationScheme, (CookieAuthenticationOptions o) => o.Events.OnValidatePrincipal = async ctx =>
        {
            if (!await IsCurrentAsync(ctx.HttpContext.RequestServices, ctx.Principal))
            {
                ctx.RejectPrincipal();
                await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            // Identity's own validator re-reads claims (granted roles) once a minute.
            await SecurityStampValidator.ValidatePrincipalAsync(ctx);
        });

        services.Configure(IdentityConstants.BearerScheme, (BearerTokenOptions o) => o.Events.OnMessageReceived = async ctx =>
        {
            var header = ctx.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                return;
            var ticket = ctx.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim());
            // An unreadable or expired token is left to the handler, which answers it the usual way.
            var now = (ctx.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
            if (ticket?.Properties.ExpiresUtc is not { } expires || now >= expires)
                return;
            if (!await IsCurrentAsync(ctx.HttpContext.RequestServices, ticket.Principal))
            {
                ctx.Fail("The token was issued before the account's access changed; sign in again.");
                return;
            }

            // Decrypting a token is a good part of an API request's cost: the ticket read here is the sign-in,
            // rather than letting the handler decrypt the same token again.
            ctx.Principal = ticket.Principal;
            ctx.Properties = ticket.Properties;
            ctx.Success();
        });
    }

    /// <summary>The one query every signed-in request makes, compiled once rather than translated per request.</summary>
    static readonly Func<AccountsDb, Guid, Task<string?>> StampOf =
        EF.CompileAsyncQuery((AccountsDb db, Guid id) => db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefault());

    static async Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal? principal)
    {
        var claimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = principal?.FindFirstValue(claimType);
        if (stamp is null || principal!.UserId() is not { } userId)
            return true;
        return await StampOf(services.GetRequiredService<AccountsDb>(), userId) == stamp;
    }
}
