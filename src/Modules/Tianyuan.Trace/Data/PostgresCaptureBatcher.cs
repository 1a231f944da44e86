namespace Tianyuan.Trace.Data;

using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Tianyuan.Kernel.Persistence;

/// <summary>
/// Group commit for small captures on PostgreSQL: captures that arrive while a statement is running wait for the next one
/// and go in together (<see cref="PostgresEventWriter"/>), so eight farmers' single-event captures cost one statement
/// and one commit rather than eight. Nothing waits on a timer: a lone capture is written at once. Two writers keep
/// one statement filling while the other commits. A statement that fails is retried capture by capture, so one
/// capture's fault is its own. On SQLite (one writer anyway) this is idle and captures write directly.
/// </summary>
sealed class PostgresCaptureBatcher(DatabaseSettings settings, ILogger<PostgresCaptureBatcher> log) : IHostedService, IAsyncDisposable
{
    /// <summary>Captures of more events than this are written on their own (see CaptureProcessor).</summary>
    public const int GroupedUpTo = 10;

    const int Writers = 2;

    /// <summary>A statement takes what is waiting, up to this many events (far more than 2 writers ever see queued).</summary>
    const int EventsPerStatement = 500;

    sealed record Queued(PostgresEventWriter.Capture Capture, TaskCompletionSource<HashSet<Guid>> Done);

    // Bounded: when the database falls behind, capturers wait for room instead of the queue growing without limit.
    readonly Channel<Queued> queue = Channel.CreateBounded<Queued>(new BoundedChannelOptions(1_024) { SingleWriter = false, SingleReader = false });
    readonly NpgsqlDataSource? source = settings.IsPostgres ? NpgsqlDataSource.Create(settings.PostgresConnectionString!) : null;
    Task writers = Task.CompletedTask;

    /// <summary>
    /// Stores a capture with whatever else is waiting; the ids of its events that were new. Null when the batcher is
    /// not taking captures (SQLite, or the app is stopping): the caller then writes directly.
    /// </summary>
    public async Task<HashSet<Guid>?> StoreAsync(PostgresEventWriter.Capture capture, CancellationToken ct)
    {
        if (source is null)
            return null;
        var done = new TaskCompletionSource<HashSet<Guid>>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await queue.Writer.WriteAsync(new Queued(capture, done), ct);
        }
        catch (ChannelClosedException)
        {
            return null;
        }

        // Once queued, the capture is written or fails with its statement; the caller's cancellation no longer applies.
        return await done.Task;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (source is not null)
            writers = Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteAsync, CancellationToken.None)));
        return Task.CompletedTask;
    }

    /// <summary>Takes no more captures and writes those already queued, so no capturer is left waiting.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await writers.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        if (source is not null)
            await source.DisposeAsync();
    }

    async Task WriteAsync()
    {
        while (await queue.Reader.WaitToReadAsync())
        {
            var batch = new List<Queued>();
            var events = 0;
            while (events < EventsPerStatement && queue.Reader.TryRead(out var queued))
            {
                batch.Add(queued);
                events += queued.Capture.Records.Count;
            }

            if (batch.Count > 0)
                await WriteAsync(batch);
        }
    }

    async Task WriteAsync(List<Queued> batch)
    {
        try
        {
            var stored = await InsertAsync(batch.Select(q => q.Capture).ToList());
            foreach (var q in batch)
                q.Done.SetResult(stored);
        }
        catch (Exception e) when (batch.Count > 1)
        {
            log.LogWarning(e, "A statement of {Count} captures failed; writing them one by one", batch.Count);
            foreach (var q in batch)
                await WriteAsync([q]);
        }
        catch (Exception e)
        {
            batch[0].Done.SetException(e);
        }
    }

    async Task<HashSet<Guid>> InsertAsync(List<PostgresEventWriter.Capture> captures)
    {
        await using var connection = await source!.OpenConnectionAsync();
        return await PostgresEventWriter.InsertNewAsync(connection, null, captures, CancellationToken.None);
    }
}
