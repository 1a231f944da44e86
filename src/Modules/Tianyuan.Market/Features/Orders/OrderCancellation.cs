namespace Tianyuan.Market.Features.Orders;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Market.Contracts;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Stock;

/// <summary>
/// What cancelling an order does, in one transaction, whoever asks (the customer, the seller, the unpaid-order job):
/// the status moves only from the status read (so the stock returns once), reserved stock goes back on sale, coupon
/// uses are given back, anything paid is refunded, and other modules hear of it.
/// </summary>
static class OrderCancellation
{
    public enum Result { Cancelled, Raced, CampaignFrozen }

    /// <param name="byCustomer">A customer leaves a group-buy only before its cut-off; the seller may still cancel a frozen one (a crop failed).</param>
    public static async Task<Result> ApplyAsync(MarketDb db, Order order, bool byCustomer, Guid? byUserId, string? note, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var refund = order.PaidAt is null ? 0m : order.Total - order.Refunded;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Orders.Where(o => o.Id == order.Id && o.Status == order.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.Cancelled).SetProperty(o => o.CancelledAt, now)
                .SetProperty(o => o.Refunded, order.Refunded + refund), ct);
        if (changed == 0)
            return Result.Raced;

        if (order.CampaignId is { } campaignId)
        {
            var left = await db.Campaigns.Where(c => c.Id == campaignId && (!byCustomer || (c.Status == CampaignStatus.Open && c.CutOffAt > now)))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.OrderCount, c => c.OrderCount - 1), ct);
            if (left == 0)
                return Result.CampaignFrozen;
        }

        foreach (var line in order.Lines.Where(l => l.Quantity > l.ReturnedQuantity).OrderBy(l => l.OfferId))
            await StockLedger.ReleaseAsync(db, line.OfferId, line.Quantity - line.ReturnedQuantity, ct);
        await db.OrderLines.Where(l => l.OrderId == order.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.ReturnedQuantity, l => l.Quantity), ct);
        await CouponRedemptions.GiveBackAsync(db, order.Id, ct);
        db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, Status = OrderStatus.Cancelled, ByUserId = byUserId, Note = note, At = now });
        db.Publish(new MarketOrderCancelled(order.Id, order.CustomerUserId, now), clock);
        if (refund > 0)
            db.Refunds.Add(new OrderRefund { Id = Guid.CreateVersion7(now), OrderId = order.Id, Amount = refund, Reason = "cancelled", At = now });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Result.Cancelled;
    }
}
