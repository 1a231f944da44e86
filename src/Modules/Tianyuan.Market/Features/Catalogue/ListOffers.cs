namespace Tianyuan.Market.Features.Catalogue;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Ui;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>
/// GET /api/market/offers?q=&amp;village=&amp;category=&amp;page=: what is on sale, public. <c>village</c> is a region code
/// and matches everything inside it (a township code lists all its villages' offers).
/// </summary>
static class ListOffers
{
    public sealed record Query(string? Q, string? Village, string? Category, int? Page, int? PageSize = null, bool InStockOnly = false);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/offers", async (string? q, string? village, string? category, int? page, int? pageSize, MarketDb db, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(new Query(q, village, category, page, pageSize), db, ct)))
            .AllowAnonymous()
            .WithName(nameof(ListOffers))
            .WithSummary("Offers on sale with unit, price and available quantity; search by name, village and category.")
            .Produces<PagedList<OfferSummary>>();

    public static async Task<PagedList<OfferSummary>> ExecuteAsync(Query query, MarketDb db, CancellationToken ct)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var rows = from o in db.Offers.AsNoTracking()
                   join p in db.Products.AsNoTracking() on o.ProductId equals p.Id
                   where o.Active && p.Published
                   select new { o, p };
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            rows = rows.Where(r => r.p.NameZh.Contains(q) || (r.p.NameEn != null && r.p.NameEn.ToLower().Contains(q.ToLower())) || r.o.NameZh.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(query.Village))
            rows = rows.Where(r => r.p.RegionCode.StartsWith(query.Village.Trim()));
        if (!string.IsNullOrWhiteSpace(query.Category))
            rows = rows.Where(r => r.p.Category == query.Category);
        if (query.InStockOnly)
            rows = rows.Where(r => r.o.Available > 0);

        var total = await rows.CountAsync(ct);
        var page = await rows.OrderBy(r => r.p.NameZh).ThenBy(r => r.o.NameZh).Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
        return new PagedList<OfferSummary>([.. page.Select(r => Summary(r.o, r.p))], paging.Page, paging.Size, total);
    }

    public static OfferSummary Summary(Offer o, Product p) => new(
        o.Id, p.Id, p.NameZh, o.NameZh, p.Category, p.Storage, p.RegionCode, o.Unit, o.UnitPrice, o.Available, o.MinQuantity, o.Step,
        p.ProducedOn, p.BestBefore);
}
