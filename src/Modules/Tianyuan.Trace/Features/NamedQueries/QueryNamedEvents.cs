namespace Tianyuan.Trace.Features.NamedQueries;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Features.Query;

/// <summary>
/// GET /epcis/queries/{name}/events: the saved query run now, paged as GET /epcis/events is (perPage and
/// nextPageToken from this request's query string). Public, like GET /epcis/events.
/// </summary>
static class QueryNamedEvents
{
    static readonly string[] Paging = ["perPage", "nextPageToken"];

    public static void Map(IEndpointRouteBuilder queries) =>
        queries.MapGet("/{name}/events", Handle)
            .AllowAnonymous()
            .WithName(nameof(QueryNamedEvents))
            .WithSummary("Runs a named query.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    static async Task<IResult> Handle(string name, HttpContext ctx, TraceDb db, TimeProvider clock, CancellationToken ct)
    {
        var stored = await db.NamedQueries.AsNoTracking().Where(q => q.Name == name).Select(q => q.ParametersJson).FirstOrDefaultAsync(ct);
        if (stored is null)
            return EpcisProblems.NotFound($"No query named '{name}'.");
        if (ctx.Request.Query.Keys.FirstOrDefault(k => !Paging.Contains(k, StringComparer.Ordinal)) is { } other)
            return EpcisProblems.BadQuery($"Only {string.Join(" and ", Paging)} may be given when running a named query; '{other}' belongs in the query itself.");
        var paging = ctx.Request.Query.Where(p => Paging.Contains(p.Key, StringComparer.Ordinal));
        return await QueryEvents.RunAsync(ctx, StoredParameters.Pairs(stored).Concat(paging), db, clock, ct);
    }
}
