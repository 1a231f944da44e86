namespace Tianyuan.Stays.Features;

using System.Security.Claims;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Domain;

/// <summary>Who runs a stay: the hosts of its organisation and operators of its region (and admins).</summary>
static class StayAccess
{
    public static readonly IReadOnlyList<string> HostRoles = [Roles.Host, Roles.CooperativeAdmin];

    public static bool MayManage(ClaimsPrincipal user, Stay stay) =>
        HostRoles.Any(role => user.CanActFor(role, stay.OrganisationId, RegionCode.Parse(stay.RegionCode)));

    public static IQueryable<Stay> ManagedBy(this IQueryable<Stay> stays, ClaimsPrincipal user) =>
        stays.WithinScopeOf(user, s => s.RegionCode, s => s.OrganisationId, HostRoles);

    /// <summary>True when the user hosts or operates anything at all: decides whether host pages are offered.</summary>
    public static bool IsHostOrOperator(ClaimsPrincipal user) =>
        user.IsAdmin() || user.Scopes().Any(s => s.Role == Roles.Operator || HostRoles.Contains(s.Role));
}
