namespace Tianyuan.Trace.Features.Log;

using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Jobs;
using Tianyuan.Trace.Data;

/// <summary>
/// Appends captured events to the transparency log, on one node (the lease holder), in batches in capture order. Capture
/// only stores an event and queues it (<see cref="Domain.LogPendingEvent"/>), so concurrent captures never wait for each
/// other on the log head; this job runs when a capture on this node signals (<see cref="LogSignal"/>) and at least every
/// <c>Trace:Log:AppendSeconds</c> (2) for captures on other nodes. Until then the event's verification says pending.
/// </summary>
sealed class LogAppendJob(IServiceProvider services, TimeProvider clock, LogSettings settings, LogSignal signal, ILogger<LogAppendJob> logger)
    : ScheduledJob<TraceDb>(services, clock, logger)
{
    /// <summary>Big enough that a burst of 500-event documents drains in few transactions, small enough to keep each short.</summary>
    public const int BatchSize = 2000;

    protected override string Name => "log-append";

    protected override TimeSpan Interval => settings.AppendInterval;

    /// <summary>
    /// How long a signalled run waits for more captures. Under single-event load every capture signals, and without
    /// this pause the appender ran once per few events, each run a lease, a head lock and half a dozen statements — as
    /// much database work as the captures themselves. A fifth of a second more before "pending" turns into "logged".
    /// </summary>
    static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(200);

    protected override async Task WaitAsync(CancellationToken ct)
    {
        await signal.WaitAsync(Interval, ct);
        await Task.Delay(Coalesce, ct);
    }

    protected override async Task RunAsync(TraceDb db, CancellationToken ct)
    {
        // A full batch means more may be waiting.
        int appended;
        do
            appended = await LogAppender.AppendPendingAsync(db, BatchSize, ct);
        while (appended == BatchSize);
    }
}
