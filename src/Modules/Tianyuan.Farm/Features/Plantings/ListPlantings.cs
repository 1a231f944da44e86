namespace Tianyuan.Farm.Features.Plantings;

using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;

/// <summary>GET /api/farm/plots/{plotId}/plantings: the plot's plantings, newest first, each with its stage and Kc today.</summary>
static class ListPlantings
{
    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/plots/{plotId:guid}/plantings", async (Guid plotId, ClaimsPrincipal user, FarmDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var plot = await db.Plots.AsNoTracking().FirstOrDefaultAsync(p => p.Id == plotId, ct);
                var farm = plot is null ? null : await db.Farms.AsNoTracking().FirstAsync(f => f.Id == plot.FarmId, ct);
                if (farm is null || !FarmAccess.MayManage(user, farm))
                    return Problems.NotFound("plot", plotId);
                var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
                var plantings = await db.Plantings.AsNoTracking().Where(p => p.PlotId == plotId).ToListAsync(ct);
                return Results.Ok(plantings.OrderByDescending(p => p.StartedOn).ThenByDescending(p => p.RecordedAt)
                    .Select(p => PlantingView.Of(p, clock.Today(), english)).ToList());
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListPlantings))
            .Produces<IReadOnlyList<PlantingView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
