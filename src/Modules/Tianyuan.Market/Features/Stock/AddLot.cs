namespace Tianyuan.Market.Features.Stock;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Features;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/offers/{id}/lots: a harvest comes in. The lot is recorded (code, harvest date, best-before from
/// the product's shelf life) and its quantity goes on sale, in one transaction.
/// </summary>
static class AddLot
{
    public sealed record Request(string? LotCode, DateOnly? HarvestedOn, decimal? Quantity);

    public sealed record LotView(Guid Id, Guid OfferId, string LotCode, DateOnly HarvestedOn, DateOnly BestBefore, decimal Quantity, decimal Remaining);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/offers/{id:guid}/lots", async (Guid id, Request request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<MarketText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, user, db, t, clock, ct)).ToHttpResult(l => $"/api/market/offers/{id}/lots/{l.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(AddLot))
            .WithSummary("Add a harvest lot to an offer's stock.")
            .Produces<LotView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<LotView>> ExecuteAsync(Guid id, Request r, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<MarketText> t, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.LotCode) || r.LotCode.Trim().Length > 20 || !r.LotCode.Trim().All(char.IsAsciiLetterOrDigit))
            errors["lotCode"] = [t["LotCodeInvalid"]];
        if (r.HarvestedOn is not { } harvested || harvested > clock.Today())
            errors["harvestedOn"] = [t["HarvestDateInvalid"]];
        if (r.Quantity is not (> 0 and <= SetStock.MaxAvailable) || Math.Round(r.Quantity.Value, SaleQuantity.Decimals) != r.Quantity)
            errors["quantity"] = [t["QuantityPositive"]];
        if (errors.Count > 0)
            return Outcome<LotView>.Invalid(errors);
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        var product = offer is null ? null : await db.Products.AsNoTracking().FirstAsync(p => p.Id == offer.ProductId, ct);
        if (offer is null || product is null)
            return Outcome<LotView>.NotFound(t["OfferNotFound", id]);
        if (!MarketAccess.MayManage(user, product))
            return Outcome<LotView>.Forbidden(t["NotYourOffer"]);

        var now = clock.GetUtcNow();
        var lot = new StockLot
        {
            Id = Guid.CreateVersion7(now), OfferId = id, LotCode = r.LotCode!.Trim().ToUpperInvariant(), HarvestedOn = r.HarvestedOn!.Value,
            BestBefore = r.HarvestedOn!.Value.AddDays(product.ShelfLifeDays), Quantity = r.Quantity!.Value, Remaining = r.Quantity.Value, CreatedAt = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Lots.Add(lot);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<LotView>.Conflict("lot-exists", t["LotExists", lot.LotCode], "lotCode");
        }

        var quantity = lot.Quantity;
        await db.Offers.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Available, o => o.Available + quantity), ct);
        await db.Products.Where(p => p.Id == product.Id && (p.ProducedOn == null || p.ProducedOn < lot.HarvestedOn))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ProducedOn, lot.HarvestedOn), ct);
        await tx.CommitAsync(ct);
        return Outcome<LotView>.Created(new LotView(lot.Id, id, lot.LotCode, lot.HarvestedOn, lot.BestBefore, lot.Quantity, lot.Remaining));
    }
}
