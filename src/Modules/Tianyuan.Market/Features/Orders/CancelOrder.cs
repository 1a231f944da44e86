namespace Tianyuan.Market.Features.Orders;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Market.Contracts;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;
using Tianyuan.Market.Stock;

/// <summary>
/// POST /api/market/orders/{id}/cancel: the customer (before picking starts, and for a group-buy before its
/// cut-off) or the seller / an operator (until dispatch) cancels; reserved stock returns to sale and anything
/// paid is refunded in full. The status change is conditional on the status read, so a double click or two
/// people cancelling at once return the stock once. Cancelling a cancelled order answers 200 with it.
/// </summary>
static class CancelOrder
{
    public sealed record Request(string? Reason);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/cancel", async (Guid id, Request? request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<MarketText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request?.Reason, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CancelOrder))
            .WithSummary("Cancel an order: stock returns to sale, payments are refunded.")
            .Produces<OrderView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<OrderView>> ExecuteAsync(Guid id, string? reason, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<MarketText> t, TimeProvider clock, CancellationToken ct)
    {
        if (reason is { Length: > 200 })
            return Outcome<OrderView>.Invalid("reason", t["ReasonTooLong"]);
        var (order, relation) = await OrderAccess.FindAsync(db, user, id, ct);
        if (order is null || relation == OrderAccess.Relation.None)
            return Outcome<OrderView>.NotFound(t["OrderNotFound", id]);
        if (relation == OrderAccess.Relation.Leader)
            return Outcome<OrderView>.Forbidden(t["LeaderCannotCancel"]);
        if (order.Status == OrderStatus.Cancelled)
            return Outcome<OrderView>.Ok(OrderView.From(order));
        var customer = relation == OrderAccess.Relation.Customer;
        if (!order.HoldsStock || (customer && order.Status == OrderStatus.Picking))
            return Outcome<OrderView>.Conflict("order-not-cancellable", t["OrderNotCancellable", t["Status_" + order.Status]]);

        var now = clock.GetUtcNow();
        var refund = order.PaidAt is null ? 0m : order.Total - order.Refunded;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Orders.Where(o => o.Id == id && o.Status == order.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.Cancelled).SetProperty(o => o.CancelledAt, now)
                .SetProperty(o => o.Refunded, order.Refunded + refund), ct);
        if (changed == 0)
        {
            // Someone else moved it first; answer with what it is now.
            await tx.RollbackAsync(ct);
            return await ExecuteAsync(id, reason, user, db, t, clock, ct);
        }

        // A customer leaves a group-buy only before its cut-off; the seller may still cancel a frozen one (a crop failed).
        if (order.CampaignId is { } campaignId)
        {
            var left = await db.Campaigns.Where(c => c.Id == campaignId && (!customer || (c.Status == CampaignStatus.Open && c.CutOffAt > now)))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.OrderCount, c => c.OrderCount - 1), ct);
            if (left == 0)
                return Outcome<OrderView>.Unprocessable("campaign-frozen", t["CampaignFrozenNoCancel"]);
        }

        foreach (var line in order.Lines.Where(l => l.Quantity > l.ReturnedQuantity).OrderBy(l => l.OfferId))
            await StockLedger.ReleaseAsync(db, line.OfferId, line.Quantity - line.ReturnedQuantity, ct);
        await db.OrderLines.Where(l => l.OrderId == id).ExecuteUpdateAsync(s => s.SetProperty(l => l.ReturnedQuantity, l => l.Quantity), ct);
        await CouponRedemptions.GiveBackAsync(db, id, ct);
        db.OrderEvents.Add(new OrderEvent { OrderId = id, Status = OrderStatus.Cancelled, ByUserId = user.UserId(), Note = reason?.Trim(), At = now });
        db.Publish(new MarketOrderCancelled(id, order.CustomerUserId, now), clock);
        if (refund > 0)
            db.Refunds.Add(new OrderRefund { Id = Guid.CreateVersion7(now), OrderId = id, Amount = refund, Reason = "cancelled", At = now });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var cancelled = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == id, ct);
        return Outcome<OrderView>.Ok(OrderView.From(cancelled));
    }
}
