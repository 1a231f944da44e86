namespace Tianyuan.Trace.Features.Log;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;

/// <summary>The newest signed checkpoint, which proofs default to and verification checks against.</summary>
static class LatestCheckpoint
{
    public static Task<LogCheckpoint?> GetAsync(TraceDb db, CancellationToken ct) =>
        db.LogCheckpoints.AsNoTracking().OrderByDescending(c => c.Size).FirstOrDefaultAsync(ct);

    public static IResult None() =>
        TypedResults.Problem("The log has no signed checkpoint yet; one is signed shortly after start-up.", statusCode: 404, title: "Not found", type: Problems.NotFoundType);
}
