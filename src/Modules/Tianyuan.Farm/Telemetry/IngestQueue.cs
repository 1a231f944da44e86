namespace Tianyuan.Farm.Telemetry;

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tianyuan.Farm.Data;

/// <summary>
/// The one path readings take into the database, whatever carried them (MQTT or HTTP). A bounded queue
/// in front of the writers: a free writer takes whatever is waiting (up to <see cref="MaxReadingsPerWrite"/>) and
/// commits it in one transaction, so many small requests share one disk flush. A sender is answered only after
/// its readings are committed; when the queue is full, senders are told to come back (back-pressure) instead of
/// memory growing without bound.
/// </summary>
sealed class IngestQueue(IServiceProvider services, TimeProvider clock, ILogger<IngestQueue> logger) : BackgroundService
{
    public const int Capacity = 512;
    public const int MaxReadingsPerWrite = 20_000;

    /// <summary>
    /// On PostgreSQL a second group is written while the first waits for its commit to reach the disk (profiled: with
    /// one writer the app sat idle during every WAL flush). SQLite allows one writer at a time, so it keeps one.
    /// Two groups never deadlock each other: both take their row locks in key order (see <see cref="ReadingStore"/>).
    /// </summary>
    const int PostgresWriters = 2;

    sealed record Pending(ReadingBatch Batch, TaskCompletionSource<WriteResult> Done);

    readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait, SingleReader = true,
    });

    /// <summary>
    /// Stores the batch and returns what happened once it is durable; null when the queue is full (the caller
    /// answers 503 with Retry-After).
    /// </summary>
    public async Task<WriteResult?> StoreAsync(ReadingBatch batch, CancellationToken ct)
    {
        var pending = new Pending(batch, new TaskCompletionSource<WriteResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
            return null;
        return await pending.Done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var writers = 1;
        // On PostgreSQL, this month's partition must exist before the first reading, or the month would be stuck in
        // the default partition.
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FarmDb>();
            writers = db.Database.IsNpgsql() ? PostgresWriters : 1;
            await ReadingPartitions.EnsureAsync(db, clock.GetUtcNow(), logger, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never stop the host over this: the daily job tries again, and readings still land (in the default partition).
            logger.LogWarning(e, "Could not prepare this month's reading partitions");
        }

        // A group is taken only when a writer is free, so it holds everything that arrived meanwhile.
        using var free = new SemaphoreSlim(writers);
        while (true)
        {
            await free.WaitAsync(CancellationToken.None);
            if (!await WaitAsync(stoppingToken))
            {
                free.Release();
                break;
            }

            var group = new List<Pending>();
            var readings = 0;
            while (readings < MaxReadingsPerWrite && queue.Reader.TryRead(out var next))
            {
                group.Add(next);
                readings += next.Batch.Readings.Count + next.Batch.Quarantined.Count;
            }

            _ = WriteThenFreeAsync(group, free);
        }

        // Stopping: new senders are turned away (503), and what is already queued is still written before exit.
        for (var i = 0; i < writers; i++)
            await free.WaitAsync(CancellationToken.None);
        queue.Writer.TryComplete();
        var rest = new List<Pending>();
        while (queue.Reader.TryRead(out var left))
            rest.Add(left);
        if (rest.Count > 0)
            await WriteGroupAsync(rest);
    }

    async Task WriteThenFreeAsync(List<Pending> group, SemaphoreSlim free)
    {
        try
        {
            await WriteGroupAsync(group);
        }
        finally
        {
            free.Release();
        }
    }

    async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await queue.Reader.WaitToReadAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    async Task WriteGroupAsync(List<Pending> group)
    {
        try
        {
            var results = await WriteAsync([.. group.Select(p => p.Batch)]);
            for (var i = 0; i < group.Count; i++)
                group[i].Done.TrySetResult(results[i]);
        }
        catch (Exception e) when (group.Count > 1)
        {
            // The group rolled back. One sender's bad batch must not fail everyone's: write them one by one.
            logger.LogWarning(e, "Writing {Count} telemetry batches together failed; writing them one by one", group.Count);
            foreach (var pending in group)
                await WriteGroupAsync([pending]);
        }
        catch (Exception e)
        {
            // Nothing of this batch is stored and its sender is told so (HTTP 500, MQTT reconnect and resend).
            logger.LogError(e, "Writing a telemetry batch failed");
            group[0].Done.TrySetException(e);
        }
    }

    async Task<IReadOnlyList<WriteResult>> WriteAsync(IReadOnlyList<ReadingBatch> batches)
    {
        await using var scope = services.CreateAsyncScope();
        return await ReadingStore.WriteAsync(scope.ServiceProvider.GetRequiredService<FarmDb>(), batches, CancellationToken.None);
    }
}
