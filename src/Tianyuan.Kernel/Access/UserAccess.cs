namespace Tianyuan.Kernel.Access;

using System.Security.Claims;

/// <summary>
/// Record-level checks on the signed-in user. Role policies say who may open a page; these say which rows:
/// an operator of township A sees and changes township A's records only.
/// </summary>
public static class UserAccess
{
    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The person record behind the account (claim <c>ty:person</c>), when there is one.</summary>
    public static Guid? PersonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PersonClaimType), out var id) ? id : null;

    public const string PersonClaimType = "ty:person";

    public static IReadOnlyList<AccessScope> Scopes(this ClaimsPrincipal user) =>
        [.. user.FindAll(AccessScope.ClaimType).Select(c => AccessScope.TryParse(c.Value, out var s) ? s : null).OfType<AccessScope>()];

    /// <summary>Regions this user operates; empty for admins, who are not limited (check <see cref="IsAdmin"/>).</summary>
    public static IReadOnlyList<RegionCode> OperatedRegions(this ClaimsPrincipal user) =>
        [.. user.Scopes().Where(s => s.Role == Roles.Operator && s.Region is not null).Select(s => s.Region!.Value)];

    /// <summary>May this user manage records that belong to <paramref name="region"/>?</summary>
    public static bool CanManageRegion(this ClaimsPrincipal user, RegionCode region) =>
        user.IsAdmin() || user.OperatedRegions().Any(r => r.Contains(region));

    /// <summary>Does the user hold <paramref name="role"/> for this organisation (or operate its region)?</summary>
    public static bool CanActFor(this ClaimsPrincipal user, string role, Guid organisationId, RegionCode organisationRegion) =>
        user.CanManageRegion(organisationRegion)
        || user.Scopes().Any(s => s.Role == role && s.OrganisationId == organisationId);
}
