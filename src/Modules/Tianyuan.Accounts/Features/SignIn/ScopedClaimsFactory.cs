namespace Tianyuan.Accounts.Features.SignIn;

using System.Security.Claims;
using Microsoft.Extensions.Options;
using Tianyuan.Regions.Contracts;

/// <summary>
/// Puts the person's scoped roles into the cookie or bearer token at sign-in, so each node checks access from
/// the token alone. Role changes take effect at the next sign-in or security-stamp refresh.
/// </summary>
sealed class ScopedClaimsFactory(UserManager<TianyuanUser> users, IOptions<IdentityOptions> options, IPeopleDirectory people)
    : UserClaimsPrincipalFactory<TianyuanUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TianyuanUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DisplayName is not null)
            identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        var scopes = user.PersonId is { } personId ? await people.GetScopesAsync(personId, CancellationToken.None) : [];
        if (user.PersonId is { } id)
            identity.AddClaim(new Claim(UserAccess.PersonClaimType, id.ToString()));
        foreach (var role in scopes.Select(s => s.Role).Append(Roles.Visitor).Distinct())
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        foreach (var scope in scopes)
            identity.AddClaim(new Claim(AccessScope.ClaimType, scope.Format()));
        return identity;
    }
}
