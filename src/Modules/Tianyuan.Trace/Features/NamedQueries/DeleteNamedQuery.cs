namespace Tianyuan.Trace.Features.NamedQueries;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Epcis;

/// <summary>DELETE /epcis/queries/{name} → 204; its subscriptions go with it.</summary>
static class DeleteNamedQuery
{
    public static void Map(IEndpointRouteBuilder queries) =>
        queries.MapDelete("/{name}", async (string name, TraceDb db, CancellationToken ct) =>
                await db.NamedQueries.Where(q => q.Name == name).ExecuteDeleteAsync(ct) == 1
                    ? Results.NoContent()
                    : EpcisProblems.NotFound($"No query named '{name}'."))
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName(nameof(DeleteNamedQuery))
            .WithSummary("Deletes a named query and its subscriptions.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
