namespace Tianyuan.Market.Features;

using System.Security.Claims;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Domain;

/// <summary>Who may manage what: a product belongs to its farm or cooperative; a pickup point to its leader.</summary>
static class MarketAccess
{
    /// <summary>Roles that manage a seller's catalogue, stock and orders.</summary>
    public static readonly IReadOnlyList<string> SellerRoles = [Roles.Farmer, Roles.CooperativeAdmin];

    public static bool MaySell(ClaimsPrincipal user, Guid organisationId, string regionCode) =>
        SellerRoles.Any(role => user.CanActFor(role, organisationId, RegionCode.Parse(regionCode)));

    public static bool MayManage(ClaimsPrincipal user, Product product) => MaySell(user, product.OrganisationId, product.RegionCode);

    public static bool MayRun(ClaimsPrincipal user, PickupPoint point) =>
        user.CanActFor(Roles.GroupLeader, point.OrganisationId, RegionCode.Parse(point.RegionCode));

    /// <summary>The organisations the user sells for (scoped Farmer / CooperativeAdmin roles).</summary>
    public static IReadOnlyList<Guid> SellingOrganisations(ClaimsPrincipal user) =>
        [.. user.Scopes().Where(s => SellerRoles.Contains(s.Role) && s.OrganisationId is not null).Select(s => s.OrganisationId!.Value).Distinct()];
}
