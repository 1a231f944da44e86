namespace Tianyuan.Market.Features.PreSales;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Ui;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>GET /api/market/presales: pre-sales still taking orders, closing soonest first, paged.</summary>
static class ListPreSales
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/presales", async (int? page, int? pageSize, MarketDb db, TimeProvider clock, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(Paging.From(page, pageSize), db, clock, ct)))
            .AllowAnonymous()
            .WithName(nameof(ListPreSales))
            .Produces<PagedList<PreSaleView>>();

    public static async Task<PagedList<PreSaleView>> ExecuteAsync(Paging paging, MarketDb db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var open = db.PreSales.AsNoTracking().Where(p => p.Status == PreSaleStatus.Open && p.OrderClosesAt > now);
        var page = await open.OrderBy(p => p.OrderClosesAt).ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
        return new PagedList<PreSaleView>([.. page.Select(PreSaleView.From)], paging.Page, paging.Size, await open.CountAsync(ct));
    }
}
