namespace Tianyuan.Trace.Features.Capture;

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Features.Log;

/// <summary>
/// Validates and stores a capture document in one transaction, inside the request: the job is finished when the
/// caller answers. Events already stored (same Event Hash ID) are counted as duplicates, not stored again. New events
/// are queued for the transparency log, which <see cref="LogAppendJob"/> appends them to moments later: captures do not
/// wait for one another on the log head.
/// </summary>
sealed class CaptureProcessor(TraceDb db, TimeProvider clock, LogSignal logSignal, PostgresCaptureBatcher batcher)
{
    public const string Rollback = "rollback";
    public const string Proceed = "proceed";

    /// <summary>The job (null when the document itself was refused), every error, and the stored or already-present events.</summary>
    public sealed record Result(CaptureJob? Job, IReadOnlyList<CaptureError> Errors, IReadOnlyList<EpcisEvent> Events);

    static readonly JsonSerializerOptions ErrorJson = new(JsonSerializerDefaults.Web);

    public async Task<Result> RunAsync(EpcisDocument document, string errorBehaviour, Guid? capturedBy, CancellationToken ct)
    {
        var schemaErrors = EpcisSchema.Check(document.Root);
        // Without a valid envelope there is nothing to roll back or proceed with: the request is refused as a whole.
        if (schemaErrors.Any(e => e.EventIndex is null))
            return new(null, schemaErrors, []);

        var now = clock.GetUtcNow();
        var job = new CaptureJob { Id = Guid.CreateVersion7(now), ErrorBehaviour = errorBehaviour, CreatedAt = now, CapturedBy = capturedBy, EventCount = document.Events.Count };
        var errors = schemaErrors.ToList();
        var records = new List<EpcisEvent>();
        for (var i = 0; i < document.Events.Count; i++)
        {
            if (errors.Any(e => e.EventIndex == i))
                continue;
            var refused = EventChecks.Check(document.Events[i], i, $"{document.EventListPointer}/{i}").ToList();
            if (refused.Count > 0)
                errors.AddRange(refused);
            else
                records.Add(EventRecord.From(document.Events[i], document, now, job.Id));
        }

        if (errors.Count > 0 && errorBehaviour == Rollback)
            records.Clear();
        job.Running = false;
        job.Success = errors.Count == 0;
        job.FinishedAt = now;
        job.ErrorsJson = errors.Count == 0 ? null : JsonSerializer.Serialize(errors.OrderBy(e => e.EventIndex), ErrorJson);
        var events = await StoreAsync(job, records.DistinctBy(r => r.HashId).ToList(), ct);
        return new(job, errors, events);
    }

    /// <summary>
    /// Inserts the job and the events not stored yet with their places in the log's queue, atomically, in as few round
    /// trips as the provider allows (<see cref="PostgresEventWriter"/> grouped with concurrent captures,
    /// <see cref="SqliteEventWriter"/>); the unique hash index decides which are new, so a concurrent capture of the
    /// same event is counted as a duplicate, never stored twice. The duplicates are then read back as stored, for the
    /// caller to point at.
    /// </summary>
    async Task<List<EpcisEvent>> StoreAsync(CaptureJob job, List<EpcisEvent> records, CancellationToken ct)
    {
        var stored = db.Database.IsNpgsql()
            ? await StorePostgresAsync(new PostgresEventWriter.Capture(job, records), ct)
            : await SqliteEventWriter.InsertNewAsync(db, job, records, ct);
        var fresh = records.Where(r => stored.Contains(r.Id)).ToList();
        var duplicates = records.Where(r => !stored.Contains(r.Id)).Select(r => r.HashId).ToList();
        job.StoredCount = fresh.Count;
        job.DuplicateCount = duplicates.Count;
        if (fresh.Count > 0)
            logSignal.Notify();
        var existing = duplicates.Count == 0 ? [] : await db.Events.AsNoTracking().Where(e => duplicates.Contains(e.HashId)).ToListAsync(ct);
        return [.. fresh, .. existing];
    }

    /// <summary>
    /// Small captures are grouped with concurrent ones; a large document already fills a statement of its own (grouping
    /// those measured slower). A caller's transaction (a module recording through the Trace contract) keeps its
    /// capture in it.
    /// </summary>
    async Task<HashSet<Guid>> StorePostgresAsync(PostgresEventWriter.Capture capture, CancellationToken ct)
    {
        if (capture.Records.Count <= PostgresCaptureBatcher.GroupedUpTo && db.Database.CurrentTransaction is null
            && await batcher.StoreAsync(capture, ct) is { } grouped)
            return grouped;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await PostgresEventWriter.InsertNewAsync((NpgsqlConnection)db.Database.GetDbConnection(),
                (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(), [capture], ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
