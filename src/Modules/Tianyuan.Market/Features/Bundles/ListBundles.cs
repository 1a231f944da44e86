namespace Tianyuan.Market.Features.Bundles;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Ui;
using Tianyuan.Market.Data;

/// <summary>GET /api/market/bundles: the active bundles, newest first, paged.</summary>
static class ListBundles
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/bundles", async (int? page, int? pageSize, MarketDb db, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(Paging.From(page, pageSize), db, ct)))
            .AllowAnonymous()
            .WithName(nameof(ListBundles))
            .Produces<PagedList<BundleView>>();

    public static async Task<PagedList<BundleView>> ExecuteAsync(Paging paging, MarketDb db, CancellationToken ct)
    {
        var query = db.Bundles.AsNoTracking().Where(b => b.Active);
        var bundles = await query.Include(b => b.Items).OrderByDescending(b => b.CreatedAt).Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
        var offerIds = bundles.SelectMany(b => b.Items).Select(i => i.OfferId).Distinct().ToList();
        var names = await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id))
            .Join(db.Products, o => o.ProductId, p => p.Id, (o, p) => new { o.Id, Name = p.NameZh + " · " + o.NameZh })
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new PagedList<BundleView>([.. bundles.Select(b => BundleView.From(b, names))], paging.Page, paging.Size, await query.CountAsync(ct));
    }
}
