namespace Tianyuan.Kernel.Outbox;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Jobs;

/// <summary>Hourly, on one node: deletes a module's delivered outbox messages older than <see cref="Keep"/>.</summary>
public sealed class OutboxCleanup<TDb>(IServiceProvider services, TimeProvider clock, ILogger<OutboxCleanup<TDb>> logger)
    : ScheduledJob<TDb>(services, clock, logger)
    where TDb : DbContext
{
    /// <summary>Delivered events stay two weeks for operators tracing what happened, then go.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromDays(14);

    protected override string Name => "outbox-cleanup";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunAsync(TDb db, CancellationToken ct)
    {
        var before = Clock.GetUtcNow() - Keep;
        var deleted = await db.Set<OutboxMessage>().Where(m => m.ProcessedAt != null && m.ProcessedAt < before).ExecuteDeleteAsync(ct);
        if (deleted > 0)
            logger.LogInformation("Deleted {Count} delivered outbox messages older than {Days} days", deleted, Keep.TotalDays);
    }
}
