namespace Tianyuan.Market.Features.Orders;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Jobs;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Payments;
using Tianyuan.Market.Resources;

/// <summary>
/// Every five minutes, on one node: orders that were to be paid online or by transfer and never were expire, so the
/// stock they hold goes back on sale — online payments after <c>Market:Payments:UnpaidOnlineMinutes</c> (30),
/// bank transfers after <c>Market:Payments:UnpaidTransferHours</c> (72). Pay-at-pickup orders are paid on collection
/// and never expire here.
/// </summary>
sealed class UnpaidOrdersJob(IServiceProvider services, TimeProvider clock, IConfiguration configuration, IStringLocalizer<MarketText> t,
    ILoggerFactory loggers)
    : ScheduledJob<MarketDb>(services, clock, loggers.CreateLogger<UnpaidOrdersJob>())
{
    readonly TimeSpan online = TimeSpan.FromMinutes(configuration.GetValue("Market:Payments:UnpaidOnlineMinutes", 30));
    readonly TimeSpan transfer = TimeSpan.FromHours(configuration.GetValue("Market:Payments:UnpaidTransferHours", 72));
    readonly ILogger logger = loggers.CreateLogger<UnpaidOrdersJob>();

    protected override string Name => "unpaid-orders";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(5);

    protected override async Task RunAsync(MarketDb db, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var (onlineBefore, transferBefore) = (now - online, now - transfer);
        var expired = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.Status == OrderStatus.Placed && o.PaidAt == null
                && ((o.PaymentMethod == PaymentMethods.Sandbox && o.CreatedAt < onlineBefore)
                    || (o.PaymentMethod == PaymentMethods.BankTransfer && o.CreatedAt < transferBefore)))
            .OrderBy(o => o.CreatedAt).Take(500).ToListAsync(ct);
        foreach (var order in expired)
        {
            db.ChangeTracker.Clear();
            // A payment arriving at this moment wins: the cancellation moves the order only from Placed.
            if (await OrderCancellation.ApplyAsync(db, order, byCustomer: false, byUserId: null, t["UnpaidExpiredNote"], Clock, ct) == OrderCancellation.Result.Cancelled)
                logger.LogInformation("Order {Number} expired unpaid ({Method}); its stock is back on sale", order.Number, order.PaymentMethod);
        }
    }
}
