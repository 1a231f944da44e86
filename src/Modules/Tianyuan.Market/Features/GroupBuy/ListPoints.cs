namespace Tianyuan.Market.Features.GroupBuy;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Market.Data;

/// <summary>GET /api/market/points?region=: the active pickup points, public (customers choose one when they join).</summary>
static class ListPoints
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/points", async (string? region, MarketDb db, CancellationToken ct) => Results.Ok(await ExecuteAsync(region, db, ct)))
            .AllowAnonymous()
            .WithName(nameof(ListPoints))
            .WithSummary("Active group-buy pickup points: community, address, opening hours, leader, capacity.")
            .Produces<IReadOnlyList<PointView>>();

    public static async Task<IReadOnlyList<PointView>> ExecuteAsync(string? region, MarketDb db, CancellationToken ct)
    {
        var points = db.PickupPoints.AsNoTracking().Where(p => p.Active);
        if (!string.IsNullOrWhiteSpace(region))
            points = points.Where(p => p.RegionCode.StartsWith(region.Trim()));
        var list = await points.OrderBy(p => p.Community).ThenBy(p => p.NameZh).ToListAsync(ct);
        return [.. list.Select(PointView.From)];
    }
}
