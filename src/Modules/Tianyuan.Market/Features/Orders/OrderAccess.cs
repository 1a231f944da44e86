namespace Tianyuan.Market.Features.Orders;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>Who sees an order: its customer, a seller of one of its lines, the leader of its pickup point, operators and admins.</summary>
static class OrderAccess
{
    public enum Relation { None, Customer, Seller, Leader, Operator }

    public static async Task<Relation> RelationAsync(MarketDb db, ClaimsPrincipal user, Order order, CancellationToken ct)
    {
        if (user.UserId() == order.CustomerUserId)
            return Relation.Customer;
        if (user.IsAdmin() || user.OperatedRegions().Count > 0 && await OperatesAsync(db, user, order, ct))
            return Relation.Operator;
        var sellers = order.Lines.Select(l => l.OrganisationId).Distinct().ToList();
        if (sellers.Any(org => user.Scopes().Any(s => MarketAccess.SellerRoles.Contains(s.Role) && s.OrganisationId == org)))
            return Relation.Seller;
        if (order.PickupPointId is { } pointId && await db.PickupPoints.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pointId, ct) is { } point
            && MarketAccess.MayRun(user, point))
            return Relation.Leader;
        return Relation.None;
    }

    /// <summary>The order with its lines and how the user stands to it: (null, None) when there is no such order.</summary>
    public static async Task<(Order? Order, Relation Relation)> FindAsync(MarketDb db, ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct);
        return order is null ? (null, Relation.None) : (order, await RelationAsync(db, user, order, ct));
    }

    /// <summary>An operator sees orders of products from the regions they operate.</summary>
    static async Task<bool> OperatesAsync(MarketDb db, ClaimsPrincipal user, Order order, CancellationToken ct)
    {
        var productIds = order.Lines.Select(l => l.ProductId).ToList();
        var regions = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).Select(p => p.RegionCode).ToListAsync(ct);
        return regions.Any(r => user.CanManageRegion(Kernel.RegionCode.Parse(r)));
    }
}
