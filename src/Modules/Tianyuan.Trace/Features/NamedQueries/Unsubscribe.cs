namespace Tianyuan.Trace.Features.NamedQueries;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Epcis;

/// <summary>DELETE /epcis/queries/{name}/subscriptions/{id} → 204: no more deliveries.</summary>
static class Unsubscribe
{
    public static void Map(IEndpointRouteBuilder queries) =>
        queries.MapDelete("/{name}/subscriptions/{id}", async (string name, string id, TraceDb db, CancellationToken ct) =>
                Guid.TryParse(id, out var key) && await db.QuerySubscriptions.Where(s => s.Id == key && s.QueryName == name).ExecuteDeleteAsync(ct) == 1
                    ? Results.NoContent()
                    : EpcisProblems.NotFound($"No subscription '{id}' to query '{name}'."))
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName(nameof(Unsubscribe))
            .WithSummary("Ends a subscription.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
