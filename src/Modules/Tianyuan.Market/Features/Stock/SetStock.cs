namespace Tianyuan.Market.Features.Stock;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Features;
using Tianyuan.Market.Features.Catalogue;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;
using Tianyuan.Market.Stock;

/// <summary>
/// PUT /api/market/offers/{id}/stock {"available": 10}: the seller says how much is for sale now (after counting
/// the crates). Quantities already reserved by orders are not part of it and stay reserved.
/// </summary>
static class SetStock
{
    public sealed record Request(decimal? Available);

    public const decimal MaxAvailable = 1_000_000m;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPut("/offers/{id:guid}/stock", async (Guid id, Request request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<MarketText> t, CancellationToken ct) => (await ExecuteAsync(id, request, user, db, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(SetStock))
            .WithSummary("Set the quantity available for sale (the farmer or cooperative admin owning the offer).")
            .Produces<OfferSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<OfferSummary>> ExecuteAsync(Guid id, Request request, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<MarketText> t, CancellationToken ct)
    {
        if (request.Available is not { } available || available < 0 || available > MaxAvailable)
            return Outcome<OfferSummary>.Invalid("available", t["AvailableRange", MaxAvailable]);
        if (Math.Round(available, SaleQuantity.Decimals) != available)
            return Outcome<OfferSummary>.Invalid("available", t["QuantityTooPrecise"]);
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        var product = offer is null ? null : await db.Products.AsNoTracking().FirstAsync(p => p.Id == offer.ProductId, ct);
        if (offer is null || product is null)
            return Outcome<OfferSummary>.NotFound(t["OfferNotFound", id]);
        if (!MarketAccess.MayManage(user, product))
            return Outcome<OfferSummary>.Forbidden(t["NotYourOffer"]);

        await StockLedger.SetAvailableAsync(db, id, available, ct);
        var updated = await db.Offers.AsNoTracking().FirstAsync(o => o.Id == id, ct);
        return Outcome<OfferSummary>.Ok(ListOffers.Summary(updated, product));
    }
}
