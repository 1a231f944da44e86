namespace Tianyuan.Stays.Features.CalendarSync;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Jobs;
using Tianyuan.Stays.Data;

/// <summary>
/// Every minute (<c>Stays:CalendarSync:TickSeconds</c>), on one node: pulls the feeds that are due, a batch at a
/// time, each in its own scope and transaction, so one feed that fails or throws never holds up the others.
/// </summary>
sealed class CalendarSyncJob(IServiceProvider services, IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILoggerFactory loggers)
    : ScheduledJob<StaysDb>(services, clock, loggers.CreateLogger<CalendarSyncJob>())
{
    readonly ILogger logger = loggers.CreateLogger<CalendarSyncJob>();

    /// <summary>Feeds per tick; more wait for the next one, oldest due first.</summary>
    public const int Batch = 20;

    protected override string Name => "calendar-sync";

    protected override TimeSpan Interval { get; } = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Stays:CalendarSync:TickSeconds", 60)));

    protected override async Task RunAsync(StaysDb db, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var due = await db.Feeds.AsNoTracking().Where(f => f.Url != null && f.NextPullAt <= now)
            .OrderBy(f => f.NextPullAt).Select(f => f.Id).Take(Batch).ToListAsync(ct);
        foreach (var feedId in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<FeedPuller>().PullIfDueAsync(feedId, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Calendar feed {Feed} could not be synced; it is tried again when due", feedId);
            }
        }
    }
}
