namespace Tianyuan.Trace.Features.Log;

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Log;

/// <summary>
/// GET /api/trace/events/{eventID}/verification: whether the event as stored now is the event that was logged. The
/// server trusts none of its own rows: it rehashes the stored JSON, compares it with the stored hash ID and the logged
/// leaf, and checks the leaf's inclusion proof against the latest checkpoint's signed root — so an edited row, leaf or
/// node comes back <c>verified: false</c> with the first check that failed. An event still queued for the log, or logged
/// since the last checkpoint, comes back <c>pending: true</c> (neither verified nor failed).
/// </summary>
static class VerifyEvent
{
    public sealed record Response(string EventHash, long? LeafIndex, long? CheckpointSize, bool Verified, string? Reason)
    {
        /// <summary>Not yet logged, or logged but not yet signed: not a failure, only a wait for the appender or the next checkpoint.</summary>
        public bool Pending => Reason is NotYetLogged or NotYetSigned;
    }

    public const string NotYetLogged = "The event is stored and queued for the transparency log; it is appended within seconds.";
    public const string NotYetSigned = "The event is logged but not yet covered by a signed checkpoint; try again after the next one.";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/events/{eventId}/verification", Handle)
            .AllowAnonymous()
            .WithName(nameof(VerifyEvent))
            .WithSummary("Checks a stored event against the transparency log and its latest signed checkpoint.")
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    static async Task<IResult> Handle(string eventId, TraceDb db, CheckpointKey key, CancellationToken ct)
    {
        var id = Uri.UnescapeDataString(eventId);
        return await ExecuteAsync(id, db, key, ct) is { } response ? TypedResults.Ok(response) : Problems.NotFound("event", id);
    }

    /// <summary>The verdict for the event with this eventID or Event Hash ID, or null when no such event is stored.</summary>
    public static async Task<Response?> ExecuteAsync(string id, TraceDb db, CheckpointKey key, CancellationToken ct)
    {
        var stored = await db.Events.AsNoTracking()
            .Where(e => e.EventId == id || e.HashId == id)
            .OrderBy(e => e.RecordTime).ThenBy(e => e.HashId)
            .Select(e => new { e.Id, e.HashId, e.Json })
            .FirstOrDefaultAsync(ct);
        if (stored is null)
            return null;
        var leaf = await db.LogLeaves.AsNoTracking().SingleOrDefaultAsync(l => l.EventId == stored.Id, ct);
        var queued = leaf is null && await db.LogPending.AnyAsync(p => p.EventId == stored.Id, ct);
        var checkpoint = await LatestCheckpoint.GetAsync(db, ct);
        var reason = await CheckAsync(db, key, stored.HashId, stored.Json, leaf, queued, checkpoint, ct);
        return new Response(stored.HashId, leaf?.Index, checkpoint?.Size, reason is null, reason);
    }

    /// <summary>The first check that fails, or null when the event is proven to be in the signed log.</summary>
    static async Task<string?> CheckAsync(TraceDb db, CheckpointKey key, string hashId, string json, Domain.LogLeafRecord? leaf, bool queued,
        Domain.LogCheckpoint? checkpoint, CancellationToken ct)
    {
        string recomputed;
        try
        {
            using var document = JsonDocument.Parse(json);
            recomputed = EventHash.Compute(document.RootElement);
        }
        catch (JsonException)
        {
            return "The stored event is no longer valid JSON.";
        }

        if (recomputed != hashId)
            return "The stored event does not hash to its Event Hash ID: its content changed after capture.";
        // Queued is only a wait; an event neither queued nor logged lost its place behind the app's back.
        if (leaf is null)
            return queued ? NotYetLogged : "The event is not in the transparency log.";
        var leafHash = LogLeaf.ForEventHash(recomputed).Value;
        if (leaf.HashId != hashId || !leafHash.AsSpan().SequenceEqual(leaf.LeafHash))
            return "The log's leaf does not match the event.";
        if (checkpoint is null || leaf.Index >= checkpoint.Size)
            return NotYetSigned;
        var signed = key.Verify(checkpoint.Note);
        if (!signed.Ok)
            return "The latest checkpoint's signature does not verify: " + signed.Error;
        var source = await DbLeafSource.OpenAsync(db, ct);
        if (signed.Value.Size > source.Count)
            return $"The signed checkpoint covers {signed.Value.Size} leaves but the log holds {source.Count}: leaves were removed.";
        var proof = await new MerkleTree(source).InclusionProofAsync(leaf.Index, signed.Value.Size, ct);
        return MerkleProof.VerifyInclusion(leafHash, leaf.Index, signed.Value.Size, proof, signed.Value.RootHash)
            ? null
            : "The inclusion proof does not lead to the signed root: the log was altered.";
    }
}
