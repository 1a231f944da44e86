namespace Tianyuan.Market.Features.GroupBuy;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Jobs;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>
/// Hourly, on one node: group-buy orders still waiting at the point <c>Market:GroupBuy:CollectWithinDays</c> days after
/// the pickup date expire. A paid one is Refunded <c>UncollectedRefundPercent</c> percent of what was paid (the rule the
/// share page states: the produce has perished, the farm and the leader did their part), an unpaid one Cancelled.
/// The stock is not returned: it perished. Each order moves by a conditional update, so a hand-over at the last minute wins.
/// </summary>
sealed class UncollectedOrdersJob(IServiceProvider services, TimeProvider clock, GroupBuySettings settings, IStringLocalizer<GroupBuyText> t,
    ILoggerFactory loggers) : ScheduledJob<MarketDb>(services, clock, loggers.CreateLogger<UncollectedOrdersJob>())
{
    readonly ILogger logger = loggers.CreateLogger<UncollectedOrdersJob>();

    protected override string Name => "uncollected-orders";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunAsync(MarketDb db, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        // Expired once the last collection day (pickup date + N) is over in China.
        var lastPickupDate = Clock.Today().AddDays(-settings.CollectWithinDays - 1);
        var expired = await (from o in db.Orders.AsNoTracking()
                             join c in db.Campaigns.AsNoTracking() on o.CampaignId equals c.Id
                             where o.Status == OrderStatus.ReadyForPickup && c.PickupDate <= lastPickupDate
                             select o).ToListAsync(ct);
        foreach (var order in expired)
        {
            var paid = order.PaidAt is null ? 0m : order.Total - order.Refunded;
            var refund = Money.Yuan(paid * settings.UncollectedRefundPercent / 100m).RoundToFen().Amount;
            var status = order.PaidAt is null ? OrderStatus.Cancelled : OrderStatus.Refunded;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var changed = await db.Orders.Where(o => o.Id == order.Id && o.Status == OrderStatus.ReadyForPickup).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, status).SetProperty(o => o.CancelledAt, now).SetProperty(o => o.Refunded, order.Refunded + refund), ct);
            if (changed == 0)
                continue;
            db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, Status = status, At = now,
                Note = t["UncollectedNote", settings.CollectWithinDays, settings.UncollectedRefundPercent].Value });
            if (refund > 0)
                db.Refunds.Add(new OrderRefund { Id = Guid.CreateVersion7(now), OrderId = order.Id, Amount = refund, Reason = "uncollected", At = now });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        if (expired.Count > 0)
            logger.LogInformation("{Count} uncollected group-buy orders expired", expired.Count);
    }
}
