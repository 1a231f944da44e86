namespace Tianyuan.Trace.Features.Log;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Log;

/// <summary>
/// GET /api/trace/log/proof/inclusion?eventHash=ni:///…(or index=)&amp;size=N: the RFC 9162 audit path from the leaf
/// to the root of the tree of N leaves, N defaulting to the latest checkpoint's size so the root can be checked
/// against a signed note. The hash ID is matched as capture returned it (lower-case hex, with ?ver=CBV2.0).
/// </summary>
static class GetInclusionProof
{
    public sealed record Response(long LeafIndex, long TreeSize, string LeafHash, IReadOnlyList<string> Proof, string RootHash);

    public static void Map(IEndpointRouteBuilder log) =>
        log.MapGet("/proof/inclusion", Handle)
            .AllowAnonymous()
            .WithName(nameof(GetInclusionProof))
            .WithSummary("Inclusion proof of one leaf (by event hash ID or leaf index) in the tree of a given size.")
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    static async Task<IResult> Handle(string? eventHash, long? index, long? size, TraceDb db, CancellationToken ct)
    {
        if ((eventHash is null) == (index is null))
            return Problems.Invalid("eventHash", "Give either eventHash (an Event Hash ID) or index (a leaf index), not both.");
        if (eventHash is not null && LogLeaf.ForEventHash(eventHash) is { Ok: false } malformed)
            return Problems.Invalid("eventHash", malformed.Error!);
        var leafIndex = index ?? await db.LogLeaves.AsNoTracking().Where(l => l.HashId == eventHash).Select(l => (long?)l.Index).SingleOrDefaultAsync(ct);
        if (leafIndex is null)
            return Problems.NotFound("logged event", eventHash!);
        var source = await DbLeafSource.OpenAsync(db, ct);
        var treeSize = size ?? (await LatestCheckpoint.GetAsync(db, ct))?.Size ?? source.Count;
        if (treeSize < 1 || treeSize > source.Count)
            return Problems.Invalid("size", $"The log holds {source.Count} leaves; size must be between 1 and that.");
        if (leafIndex < 0 || leafIndex >= treeSize)
            return Problems.Invalid(index is null ? "size" : "index", $"Leaf {leafIndex} is not in the tree of size {treeSize}.");
        var tree = new MerkleTree(source);
        var proof = await tree.InclusionProofAsync(leafIndex.Value, treeSize, ct);
        return TypedResults.Ok(new Response(leafIndex.Value, treeSize, Convert.ToBase64String(await source.LeafHashAsync(leafIndex.Value, ct)),
            [.. proof.Select(Convert.ToBase64String)], Convert.ToBase64String(await tree.RootAsync(treeSize, ct))));
    }
}
