namespace Tianyuan.Market.Features.Farmer;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Ui;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features;
using Tianyuan.Market.Resources;

/// <summary>
/// GET /api/market/seller/desk?page=: what a farmer or cooperative admin needs on their phone today, for the
/// organisations they sell for: open orders (oldest first, the ones to pick), how much of each offer to harvest and
/// pick for them, today's order count, earnings this month and last (completed lines minus their share of refunds)
/// and offers running low. Only the seller's own lines of an order are shown; the rest belong to other farms.
/// </summary>
static class SellerDesk
{
    public const int PageSize = 20;

    public sealed record DeskLine(Guid OfferId, string Name, decimal Quantity, string Unit);

    public sealed record DeskOrder(Guid Id, string Number, string Status, string PaymentMethod, bool Paid, bool Pickup, decimal Total,
        DateTimeOffset CreatedAt, string? ContactName, IReadOnlyList<DeskLine> Lines);

    public sealed record PickItem(Guid OfferId, string Name, string Unit, decimal Quantity, int Orders);

    public sealed record LowStock(Guid OfferId, string Name, string Unit, decimal Available, decimal Reserved);

    public sealed record Desk(int OrdersToday, PagedList<DeskOrder> Open, IReadOnlyList<PickItem> ToPick,
        decimal EarnedThisMonth, decimal EarnedLastMonth, IReadOnlyList<LowStock> LowStock);

    /// <summary>Statuses the seller still has work on (dispatched delivery orders still need "delivered").</summary>
    static readonly string[] OpenStatuses = [OrderStatus.Placed, OrderStatus.Paid, OrderStatus.Picking, OrderStatus.Dispatched];

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/seller/desk", async (int? page, ClaimsPrincipal user, MarketDb db, IStringLocalizer<OrdersText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(user, page, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(SellerDesk))
            .WithSummary("The farmer's day: open orders, what to pick, earnings, low stock.")
            .Produces<Desk>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static async Task<Outcome<Desk>> ExecuteAsync(ClaimsPrincipal user, int? page, MarketDb db, IStringLocalizer<OrdersText> t,
        TimeProvider clock, CancellationToken ct)
    {
        var orgs = MarketAccess.SellingOrganisations(user);
        if (orgs.Count == 0)
            return Outcome<Desk>.Forbidden(t["NotASeller"]);
        var today = clock.Today();
        var dayStart = ChinaTime.At(today, TimeOnly.MinValue);
        var monthStart = ChinaTime.At(new DateOnly(today.Year, today.Month, 1), TimeOnly.MinValue);
        var lastMonthStart = ChinaTime.At(new DateOnly(today.Year, today.Month, 1).AddMonths(-1), TimeOnly.MinValue);

        var mine = db.Orders.AsNoTracking().Where(o => o.Lines.Any(l => orgs.Contains(l.OrganisationId)));
        var ordersToday = await mine.CountAsync(o => o.CreatedAt >= dayStart, ct);
        var open = mine.Where(o => OpenStatuses.Contains(o.Status) && !(o.Status == OrderStatus.Dispatched && o.PickupPointId != null));
        var paging = Paging.From(page, PageSize);
        var total = await open.CountAsync(ct);
        var pageOrders = await open.OrderBy(o => o.CreatedAt).Skip(paging.Skip).Take(paging.Size).Include(o => o.Lines).ToListAsync(ct);

        // Everything still to pick, whatever page is shown: quantities are summed in C# (they are stored as thousandths).
        var toPickLines = await db.OrderLines.AsNoTracking()
            .Where(l => orgs.Contains(l.OrganisationId) && db.Orders.Any(o => o.Id == l.OrderId && (o.Status == OrderStatus.Placed || o.Status == OrderStatus.Paid || o.Status == OrderStatus.Picking)))
            .ToListAsync(ct);
        var toPick = toPickLines.Where(l => l.Quantity > l.ReturnedQuantity).GroupBy(l => (l.OfferId, l.NameZh, l.Unit))
            .Select(g => new PickItem(g.Key.OfferId, g.Key.NameZh, g.Key.Unit, g.Sum(l => l.Quantity - l.ReturnedQuantity), g.Select(l => l.OrderId).Distinct().Count()))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

        var completed = await mine.Where(o => o.CompletedAt != null && o.CompletedAt >= lastMonthStart).Include(o => o.Lines).ToListAsync(ct);
        var thisMonth = completed.Where(o => o.CompletedAt >= monthStart).Sum(o => Earned(o, orgs));
        var lastMonth = completed.Where(o => o.CompletedAt < monthStart).Sum(o => Earned(o, orgs));

        var offers = await db.Offers.AsNoTracking().Where(o => o.Active && db.Products.Any(p => p.Id == o.ProductId && orgs.Contains(p.OrganisationId)))
            .Join(db.Products, o => o.ProductId, p => p.Id, (o, p) => new { Offer = o, Product = p.NameZh }).ToListAsync(ct);
        var low = offers.Where(o => o.Offer.Available <= o.Offer.MinQuantity * LowStockMinimums)
            .OrderBy(o => o.Offer.Available / o.Offer.MinQuantity).Take(20)
            .Select(o => new LowStock(o.Offer.Id, $"{o.Product} · {o.Offer.NameZh}", o.Offer.Unit, o.Offer.Available, o.Offer.Reserved)).ToList();

        var view = pageOrders.Select(o => new DeskOrder(o.Id, o.Number, o.Status, o.PaymentMethod, o.PaidAt is not null, o.PickupPointId is not null,
            o.Total, o.CreatedAt, o.ContactName,
            [.. o.Lines.Where(l => orgs.Contains(l.OrganisationId)).Select(l => new DeskLine(l.OfferId, l.NameZh, l.Quantity - l.ReturnedQuantity, l.Unit))])).ToList();
        return Outcome<Desk>.Ok(new Desk(ordersToday, new PagedList<DeskOrder>(view, paging.Page, paging.Size, total), toPick,
            Money.Yuan(thisMonth).RoundToFen().Amount, Money.Yuan(lastMonth).RoundToFen().Amount, low));
    }

    /// <summary>An offer is running low when no more than this many minimum orders are left.</summary>
    public const decimal LowStockMinimums = 5;

    /// <summary>The seller's lines of a completed order, less the seller's share of what was refunded on it.</summary>
    static decimal Earned(Order order, IReadOnlyList<Guid> orgs)
    {
        var lines = order.Lines.Where(l => orgs.Contains(l.OrganisationId)).Sum(l => l.LineTotal);
        var share = order.Subtotal == 0 ? 0 : lines / order.Subtotal;
        return lines - (order.Refunded * share);
    }
}
