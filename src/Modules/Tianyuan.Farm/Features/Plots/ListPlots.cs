namespace Tianyuan.Farm.Features.Plots;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Ui;

/// <summary>GET /api/farm/plots: the plots of the farms the caller works on (a farmer: their cooperative's), paged.</summary>
static class ListPlots
{
    public sealed record Item(Guid Id, string Name, Guid FarmId, string FarmName, double AreaM2, double AreaMu, string SoilType,
        double FieldCapacity, double WiltingPoint, string? Crop, int Devices);

    public sealed record Query(Guid? FarmId, int? Page, int? PageSize);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/plots", async ([AsParameters] Query query, ClaimsPrincipal user, FarmDb db, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(query, user, db, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListPlots))
            .WithSummary("Plots of the farms the caller works on, with area in m² and 亩 and their soil.");

    public static async Task<PagedList<Item>> ExecuteAsync(Query query, ClaimsPrincipal user, FarmDb db, CancellationToken ct)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var farms = db.Farms.AsNoTracking().VisibleTo(user);
        if (query.FarmId is { } farmId)
            farms = farms.Where(f => f.Id == farmId);
        var plots = farms.SelectMany(f => f.Plots, (f, p) => new { f, p });
        var total = await plots.CountAsync(ct);
        var rows = await plots.OrderBy(x => x.f.Name).ThenBy(x => x.p.Name).Skip(paging.Skip).Take(paging.Size)
            .Select(x => new { x.p, FarmName = x.f.Name, Devices = db.Devices.Count(d => d.PlotId == x.p.Id && d.RevokedAt == null) })
            .ToListAsync(ct);
        var items = rows.Select(x => new Item(x.p.Id, x.p.Name, x.p.FarmId, x.FarmName, x.p.AreaM2, Math.Round(x.p.AreaMu, 2), x.p.SoilType,
            x.p.FieldCapacity, x.p.WiltingPoint, x.p.Crop, x.Devices)).ToList();
        return new PagedList<Item>(items, paging.Page, paging.Size, total);
    }
}
