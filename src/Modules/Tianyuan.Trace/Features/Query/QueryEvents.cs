namespace Tianyuan.Trace.Features.Query;

using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Epcis;

/// <summary>
/// GET /epcis/events?SimpleEventQuery parameters, and GET /epcis/epcs/{epc}/events (the same with MATCH_anyEPC):
/// an EPCISQueryDocument, one page at a time (perPage, default 30), the next page in a Link rel="next" header.
/// Public: a consumer who scans a product verifies its history without an account.
/// </summary>
static class QueryEvents
{
    public static void Map(IEndpointRouteBuilder epcis)
    {
        epcis.MapGet("/events", (HttpContext ctx, TraceDb db, TimeProvider clock, CancellationToken ct) =>
                RunAsync(ctx, ctx.Request.Query, db, clock, ct))
            .AllowAnonymous()
            .WithName(nameof(QueryEvents))
            .WithSummary("Queries events with SimpleEventQuery parameters.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        epcis.MapGet("/epcs/{epc}/events", (string epc, HttpContext ctx, TraceDb db, TimeProvider clock, CancellationToken ct) =>
                RunAsync(ctx, ctx.Request.Query.Append(new("MATCH_anyEPC", Uri.UnescapeDataString(epc))), db, clock, ct))
            .AllowAnonymous()
            .WithName("QueryEventsOfEpc")
            .WithSummary("Events naming one EPC (in any role).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>One page of the events the parameters select, as GET /epcis/events answers (named queries run through here too).</summary>
    public static async Task<IResult> RunAsync(HttpContext ctx, IEnumerable<KeyValuePair<string, StringValues>> parameters, TraceDb db, TimeProvider clock, CancellationToken ct)
    {
        var (query, error) = EventQuery.Parse(parameters);
        if (query is null)
            return EpcisProblems.BadQuery(error!);

        var events = query.Apply(db.Events.AsNoTracking(), db);
        if (query.After is { } after)
            events = EventOrder.After(events, query, after);
        var remaining = query.After is null ? query.CountLimit : query.After.Remaining;
        var take = Math.Min(query.PerPage, remaining ?? int.MaxValue);
        var page = await EventOrder.Sort(events, query).Take(take + 1).ToListAsync(ct);
        var more = page.Count > take;
        if (more)
            page.RemoveAt(take);
        var left = remaining - page.Count;
        if (more && left is null or > 0)
        {
            var token = PageToken.For(page[^1], query.ByRecordTime, left).Write();
            ctx.Response.Headers.Link = $"<{NextPage(ctx.Request, token)}>; rel=\"next\"";
        }

        return Results.Json(EventJson.QueryDocument(page.Select(e => e.Json), clock.GetUtcNow()));
    }

    static string NextPage(HttpRequest request, string token)
    {
        var query = new QueryBuilder(request.Query.Where(p => p.Key != "nextPageToken")) { { "nextPageToken", token } };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
