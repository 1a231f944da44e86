namespace Tianyuan.Market.Payments;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>Recording that an order's money arrived, whichever way it came.</summary>
static class OrderPayments
{
    /// <summary>
    /// Sets PaidAt once (conditional on it being empty) and moves a Placed order to Paid; an order already being
    /// picked (pay at pickup, a late transfer) keeps its status. False when it was paid already or is cancelled.
    /// The caller saves the event it adds and owns the transaction.
    /// </summary>
    public static async Task<bool> MarkPaidAsync(MarketDb db, Guid orderId, Guid? byUserId, string note, DateTimeOffset now, CancellationToken ct)
    {
        var changed = await db.Orders
            .Where(o => o.Id == orderId && o.PaidAt == null && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Refunded)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.PaidAt, now)
                .SetProperty(o => o.Status, o => o.Status == OrderStatus.Placed ? OrderStatus.Paid : o.Status), ct);
        if (changed == 0)
            return false;
        db.OrderEvents.Add(new OrderEvent { OrderId = orderId, Status = OrderStatus.Paid, ByUserId = byUserId, Note = note, At = now });
        return true;
    }
}
