namespace Tianyuan.Trace.Features.Log;

using Tianyuan.Trace.Data;
using Tianyuan.Trace.Log;

/// <summary>
/// GET /api/trace/log/proof/consistency?from=M&amp;to=N: the RFC 9162 proof that the tree of N leaves extends the
/// tree of M, so an auditor holding an older checkpoint can check the log was only appended to.
/// </summary>
static class GetConsistencyProof
{
    public sealed record Response(long From, long To, IReadOnlyList<string> Proof);

    public static void Map(IEndpointRouteBuilder log) =>
        log.MapGet("/proof/consistency", Handle)
            .AllowAnonymous()
            .WithName(nameof(GetConsistencyProof))
            .WithSummary("Consistency proof between two tree sizes.")
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    static async Task<IResult> Handle(long? from, long? to, TraceDb db, CancellationToken ct)
    {
        var source = await DbLeafSource.OpenAsync(db, ct);
        if (to is null || to < 0 || to > source.Count)
            return Problems.Invalid("to", $"to is a tree size between 0 and {source.Count}, the log's size.");
        if (from is null || from < 0 || from > to)
            return Problems.Invalid("from", $"from is a tree size between 0 and to ({to}).");
        var proof = await new MerkleTree(source).ConsistencyProofAsync(from.Value, to.Value, ct);
        return TypedResults.Ok(new Response(from.Value, to.Value, [.. proof.Select(Convert.ToBase64String)]));
    }
}
