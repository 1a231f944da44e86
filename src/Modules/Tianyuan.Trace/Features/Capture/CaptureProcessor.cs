namespace Tianyuan.Trace.Features.Capture;

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Persistence;
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
sealed class CaptureProcessor(TraceDb db, TimeProvider clock, LogSignal logSignal)
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
    /// Inserts the events not stored yet, with the job and their places in the log's queue, in one SaveChanges (one
    /// transaction, batched into as few round trips as the provider allows). Another node may store the same event
    /// between the look-up and the insert; the unique hash index refuses it and we look again.
    /// </summary>
    async Task<List<EpcisEvent>> StoreAsync(CaptureJob job, List<EpcisEvent> records, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var hashes = records.Select(r => r.HashId).ToList();
            var existing = await db.Events.AsNoTracking().Where(e => hashes.Contains(e.HashId)).ToListAsync(ct);
            var known = existing.Select(e => e.HashId).ToHashSet();
            var fresh = records.Where(r => !known.Contains(r.HashId)).ToList();
            job.StoredCount = fresh.Count;
            job.DuplicateCount = existing.Count;
            db.CaptureJobs.Add(job);
            db.Events.AddRange(fresh);
            db.LogPending.AddRange(fresh.Select(e => new LogPendingEvent { EventId = e.Id, HashId = e.HashId }));
            try
            {
                await db.SaveChangesAsync(ct);
                if (fresh.Count > 0)
                    logSignal.Notify();
                return [.. fresh, .. existing];
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation() && attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
