namespace Tianyuan.Trace.Features.Discovery;

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Features.Query;

/// <summary>
/// GET /epcis/eventTypes, /bizSteps, /dispositions, /bizLocations, /readPoints: what the repository holds (event
/// types: what it captures), as a JSON-LD Collection. Values are the stored canonical forms, at most 1,000.
/// </summary>
static class ListResources
{
    const int MaxMembers = 1000;

    static readonly string[] EventTypes = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"];

    public static void Map(IEndpointRouteBuilder epcis)
    {
        epcis.MapGet("/eventTypes", () => Results.Json(EventJson.Collection(EventTypes))).AllowAnonymous().WithName("ListEventTypes");
        MapDistinct(epcis, "/bizSteps", "ListBizSteps", e => e.BizStep);
        MapDistinct(epcis, "/dispositions", "ListDispositions", e => e.Disposition);
        MapDistinct(epcis, "/bizLocations", "ListBizLocations", e => e.BizLocation);
        MapDistinct(epcis, "/readPoints", "ListReadPoints", e => e.ReadPoint);
    }

    static void MapDistinct(IEndpointRouteBuilder epcis, string path, string name, Expression<Func<EpcisEvent, string?>> column) =>
        epcis.MapGet(path, async (TraceDb db, CancellationToken ct) =>
            {
                var values = await db.Events.Select(column).Where(v => v != null).Distinct().OrderBy(v => v).Take(MaxMembers).ToListAsync(ct);
                return Results.Json(EventJson.Collection(values!));
            })
            .AllowAnonymous()
            .WithName(name);
}
