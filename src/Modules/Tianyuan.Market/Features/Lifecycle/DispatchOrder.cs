namespace Tianyuan.Market.Features.Lifecycle;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Market.Contracts;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;
using Tianyuan.Market.Stock;

/// <summary>
/// POST /api/market/orders/{id}/dispatch: the goods leave the farm (Picking → Dispatched). In the same transaction the
/// reservation is consumed and each line draws from its offer's lots, earliest best-before first (FEFO), so old
/// stock goes out first and the line names the lot it came from for traceability and recalls.
/// </summary>
static class DispatchOrder
{
    static readonly OrderStep.Rule Rule = new(OrderStatus.Dispatched, [OrderStatus.Picking], OrderStep.Actor.Seller, During: ShipLinesAsync);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/dispatch", async (Guid id, ClaimsPrincipal user, MarketDb db, IStringLocalizer<OrdersText> t,
                IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(id, user, db, t, mt, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(DispatchOrder))
            .WithSummary("Dispatch a picked order: reserved stock is consumed, lots drawn first-expiry-first.")
            .Produces<OrderView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static Task<Outcome<OrderView>> ExecuteAsync(Guid id, ClaimsPrincipal user, MarketDb db, IStringLocalizer<OrdersText> t,
        IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) => OrderStep.RunAsync(id, Rule, user, db, t, mt, clock, ct);

    static async Task ShipLinesAsync(MarketDb db, Order order, TimeProvider clock, CancellationToken ct)
    {
        var shipped = new List<MarketShippedLine>();
        foreach (var line in order.Lines.OrderBy(l => l.OfferId))
        {
            var quantity = line.Quantity - line.ReturnedQuantity;
            if (quantity <= 0)
                continue;
            await StockLedger.ConsumeAsync(db, line.OfferId, quantity, ct);
            var lotCode = await DrawFromLotsAsync(db, line.OfferId, quantity, ct);
            if (lotCode is not null)
                await db.OrderLines.Where(l => l.Id == line.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.LotCode, lotCode), ct);
            shipped.Add(new MarketShippedLine(line.Id, line.ProductId, lotCode, quantity, line.Unit));
        }

        // Written with the dispatch: the traceability record follows from it (RecordShipmentInTrace), however late.
        db.Publish(new MarketOrderDispatched(order.Id, order.Number, shipped, clock.GetUtcNow()), clock);
    }

    /// <summary>
    /// Takes the quantity from the lots that expire first; returns the first lot drawn from (the line's lot). Stock set
    /// by count without lots has none to draw, and the line then names no lot.
    /// </summary>
    static async Task<string?> DrawFromLotsAsync(MarketDb db, Guid offerId, decimal quantity, CancellationToken ct)
    {
        var lots = await db.Lots.AsNoTracking().Where(l => l.OfferId == offerId && l.Remaining > 0)
            .OrderBy(l => l.BestBefore).ThenBy(l => l.HarvestedOn).ThenBy(l => l.LotCode).ToListAsync(ct);
        string? first = null;
        foreach (var lot in lots)
        {
            if (quantity <= 0)
                break;
            var take = Math.Min(quantity, lot.Remaining);
            // Conditional: a lot another dispatch emptied meanwhile is skipped rather than driven negative.
            if (await db.Lots.Where(l => l.Id == lot.Id && l.Remaining >= take)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.Remaining, l => l.Remaining - take), ct) == 1)
            {
                first ??= lot.LotCode;
                quantity -= take;
            }
        }

        return first;
    }
}
