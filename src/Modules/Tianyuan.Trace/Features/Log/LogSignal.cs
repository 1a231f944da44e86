namespace Tianyuan.Trace.Features.Log;

using System.Threading.Channels;

/// <summary>
/// Wakes this node's log appender after a capture commits, so events reach the log within moments instead of at the
/// next poll. Signals coalesce: many captures during one append cause one more run, not one run each. Captures on
/// other nodes are found by the appender's polling.
/// </summary>
sealed class LogSignal
{
    readonly Channel<bool> signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => signals.Writer.TryWrite(true);

    /// <summary>Completes at the next signal (or at once if one came since the last wait), or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(ct);
        poll.CancelAfter(timeout);
        try
        {
            await signals.Reader.ReadAsync(poll.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed without a signal: run anyway, for captures on other nodes.
        }
    }
}
