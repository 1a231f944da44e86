namespace Tianyuan.Market.Features.Reviews;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Ui;
using Tianyuan.Market.Data;
using Tianyuan.Market.Resources;

/// <summary>
/// GET /api/market/products/{id}/reviews: the product's visible reviews (newest first, paged) with their average
/// and count, and the farm's average over all its products. Hidden reviews count nowhere.
/// </summary>
static class ListProductReviews
{
    public sealed record View(double? Average, int Count, double? FarmAverage, int FarmCount, PagedList<ReviewView> Reviews);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/products/{id:guid}/reviews", async (Guid id, int? page, int? pageSize, MarketDb db, IStringLocalizer<ReviewsText> r, CancellationToken ct) =>
                (await ExecuteAsync(id, Paging.From(page, pageSize), db, r, ct)).ToHttpResult())
            .AllowAnonymous()
            .WithName(nameof(ListProductReviews))
            .Produces<View>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<View>> ExecuteAsync(Guid productId, Paging paging, MarketDb db, IStringLocalizer<ReviewsText> r, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId && p.Published, ct);
        if (product is null)
            return Outcome<View>.NotFound(r["ProductNotFound"]);
        var visible = db.Reviews.AsNoTracking().Where(v => v.HiddenAt == null);
        var mine = visible.Where(v => v.ProductId == productId);
        // Ratings are small integers: averaging them in SQL is exact on both databases.
        var stats = await mine.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Average = g.Average(v => (double)v.Rating) }).FirstOrDefaultAsync(ct);
        var farm = await visible.Where(v => v.OrganisationId == product.OrganisationId).GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Average = g.Average(v => (double)v.Rating) }).FirstOrDefaultAsync(ct);
        var page = await mine.OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
        return Outcome<View>.Ok(new View(Round(stats?.Average), stats?.Count ?? 0, Round(farm?.Average), farm?.Count ?? 0,
            new PagedList<ReviewView>([.. page.Select(ReviewView.From)], paging.Page, paging.Size, stats?.Count ?? 0)));
    }

    static double? Round(double? average) => average is { } a ? Math.Round(a, 1) : null;
}
