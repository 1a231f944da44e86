namespace Tianyuan.Trace.Features.Log;

using Microsoft.Net.Http.Headers;
using Tianyuan.Trace.Data;

/// <summary>
/// GET /api/trace/log/checkpoint: the latest signed checkpoint as the C2SP signed note (text/plain), which witnesses
/// and tlog tools read as is; with <c>Accept: application/json</c>, its size and root beside the note.
/// </summary>
static class GetCheckpoint
{
    public sealed record Response(long Size, string RootHash, string Note, DateTimeOffset SignedAt);

    public static void Map(IEndpointRouteBuilder log) =>
        log.MapGet("/checkpoint", Handle)
            .AllowAnonymous()
            .WithName(nameof(GetCheckpoint))
            .WithSummary("The latest signed checkpoint (tree head) of the transparency log.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .Produces<Response>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

    static async Task<IResult> Handle(HttpRequest request, TraceDb db, CancellationToken ct)
    {
        if (await LatestCheckpoint.GetAsync(db, ct) is not { } checkpoint)
            return LatestCheckpoint.None();
        var json = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        return json
            ? TypedResults.Ok(new Response(checkpoint.Size, Convert.ToBase64String(checkpoint.RootHash), checkpoint.Note, checkpoint.SignedAt))
            : TypedResults.Text(checkpoint.Note, "text/plain; charset=utf-8");
    }
}
