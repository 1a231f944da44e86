namespace Tianyuan.Farm.Features;

using System.Security.Claims;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;

/// <summary>Who may see and change a farm: its cooperative's farmers and admins, operators of its region, admins.</summary>
static class FarmAccess
{
    public static readonly IReadOnlyList<string> FarmRoles = [Roles.Farmer, Roles.CooperativeAdmin];

    public static bool MayManage(ClaimsPrincipal user, Domain.Farm farm)
    {
        var region = RegionCode.Parse(farm.RegionCode);
        return FarmRoles.Any(role => user.CanActFor(role, farm.OrganisationId, region));
    }

    public static IQueryable<Domain.Farm> VisibleTo(this IQueryable<Domain.Farm> farms, ClaimsPrincipal user) =>
        farms.WithinScopeOf(user, f => f.RegionCode, f => f.OrganisationId, FarmRoles);
}
