namespace Tianyuan.Market.Features.Catalogue;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Market.Data;
using Tianyuan.Market.Resources;

/// <summary>GET /api/market/products/{id}: a published product with its offers, origin, dates and storage; public.</summary>
static class GetProduct
{
    public sealed record ProductView(
        Guid Id, Guid OrganisationId, string VillageCode, string NameZh, string? NameEn, string? DescriptionZh, string? DescriptionEn,
        string Category, string Storage, string? GradingStandard, int ShelfLifeDays, DateOnly? ProducedOn, DateOnly? BestBefore,
        string? Gtin, IReadOnlyList<OfferSummary> Offers);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/products/{id:guid}", async (Guid id, MarketDb db, IStringLocalizer<MarketText> t, CancellationToken ct) =>
                (await ExecuteAsync(id, db, t, ct)).ToHttpResult())
            .AllowAnonymous()
            .WithName(nameof(GetProduct))
            .Produces<ProductView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<ProductView>> ExecuteAsync(Guid id, MarketDb db, IStringLocalizer<MarketText> t, CancellationToken ct,
        bool includeUnpublished = false)
    {
        var p = await db.Products.AsNoTracking().Include(x => x.Offers).FirstOrDefaultAsync(x => x.Id == id && (x.Published || includeUnpublished), ct);
        if (p is null)
            return Outcome<ProductView>.NotFound(t["ProductNotFound", id]);
        return Outcome<ProductView>.Ok(View(p));
    }

    public static ProductView View(Domain.Product p) => new(
        p.Id, p.OrganisationId, p.RegionCode, p.NameZh, p.NameEn, p.DescriptionZh, p.DescriptionEn, p.Category, p.Storage,
        p.GradingStandard, p.ShelfLifeDays, p.ProducedOn, p.BestBefore, p.Gtin,
        [.. p.Offers.Where(o => o.Active).OrderBy(o => o.UnitPrice).Select(o => ListOffers.Summary(o, p))]);
}
