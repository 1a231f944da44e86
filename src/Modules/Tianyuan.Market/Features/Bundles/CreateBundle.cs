namespace Tianyuan.Market.Features.Bundles;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/bundles: a farm publishes a package of its own offers (whole sale quantities) at one price,
/// optionally with a stay-night and/or an experience voucher. The price may not exceed the offers' list prices:
/// the farm funds the vouchers, the customer never pays more than the goods alone would cost.
/// </summary>
static class CreateBundle
{
    public sealed record ItemInput(Guid? OfferId, decimal? Quantity);

    public sealed record Request(string? Title, decimal? Price, IReadOnlyList<ItemInput>? Items, string? StayVoucher = null,
        decimal? StayVoucherValue = null, string? ExperienceVoucher = null, decimal? ExperienceVoucherValue = null);

    public const int MaxItems = 10;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/bundles", async (Request request, ClaimsPrincipal user, MarketDb db, IStringLocalizer<CrossSellText> x,
                TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, x, clock, ct)).ToHttpResult(b => $"/api/market/bundles/{b.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CreateBundle))
            .WithSummary("Publish a bundle of your offers with stay / experience vouchers (farmer or cooperative admin).")
            .Produces<BundleView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static async Task<Outcome<BundleView>> ExecuteAsync(Request r, ClaimsPrincipal user, MarketDb db, IStringLocalizer<CrossSellText> x,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Title) || r.Title.Trim().Length > 60)
            errors["title"] = [x["BundleTitleRequired"]];
        if (r.Price is not > 0 || Math.Round(r.Price.Value, 2) != r.Price)
            errors["price"] = [x["BundlePriceRequired"]];
        var items = r.Items ?? [];
        if (items.Count is 0 or > MaxItems || items.Any(i => i?.OfferId is null) || items.Select(i => i.OfferId).Distinct().Count() != items.Count)
            errors["items"] = [x["BundleItemsRequired", MaxItems]];
        CheckVoucher(r.StayVoucher, r.StayVoucherValue, "stayVoucher", errors, x);
        CheckVoucher(r.ExperienceVoucher, r.ExperienceVoucherValue, "experienceVoucher", errors, x);
        if (errors.Count > 0)
            return Outcome<BundleView>.Invalid(errors);

        var offerIds = items.Select(i => i.OfferId!.Value).ToList();
        var offers = await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id) && o.Active).ToDictionaryAsync(o => o.Id, ct);
        var productIds = offers.Values.Select(o => o.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        for (var i = 0; i < items.Count; i++)
        {
            if (!offers.TryGetValue(items[i].OfferId!.Value, out var offer))
                errors[$"items[{i}].offerId"] = [x["BundleOfferUnknown"]];
            else if (SaleQuantity.Check(offer, items[i].Quantity, null, out _) != SaleQuantity.Problem.None)
                errors[$"items[{i}].quantity"] = [x["BundleQuantityInvalid", Kernel.Quantity.Of(offer.MinQuantity, offer.SaleUnit), Kernel.Quantity.Of(offer.Step, offer.SaleUnit)]];
        }

        if (errors.Count > 0)
            return Outcome<BundleView>.Invalid(errors);
        var sellers = offers.Values.Select(o => products[o.ProductId]).DistinctBy(p => p.OrganisationId).ToList();
        if (sellers.Count != 1)
            return Outcome<BundleView>.Invalid("items", x["BundleOneFarm"]);
        var farm = sellers[0];
        if (!MarketAccess.MayManage(user, farm))
            return Outcome<BundleView>.Forbidden(x["NotYourOrganisation"]);
        var list = items.Sum(i => Money.Yuan(offers[i.OfferId!.Value].UnitPrice * i.Quantity!.Value).RoundToFen().Amount);
        if (r.Price > list)
            return Outcome<BundleView>.Invalid("price", x["BundlePriceAboveList", Money.Yuan(list)]);

        var now = clock.GetUtcNow();
        var bundle = new Bundle
        {
            Id = Guid.CreateVersion7(now), OrganisationId = farm.OrganisationId, RegionCode = farm.RegionCode, TitleZh = r.Title!.Trim(),
            Price = r.Price!.Value, StayVoucherText = r.StayVoucher?.Trim(), StayVoucherValue = r.StayVoucher is null ? null : r.StayVoucherValue,
            ExperienceVoucherText = r.ExperienceVoucher?.Trim(), ExperienceVoucherValue = r.ExperienceVoucher is null ? null : r.ExperienceVoucherValue,
            CreatedAt = now, Items = [.. items.Select(i => new BundleItem { OfferId = i.OfferId!.Value, Quantity = i.Quantity!.Value })],
        };
        db.Bundles.Add(bundle);
        await db.SaveChangesAsync(ct);
        return Outcome<BundleView>.Created(BundleView.From(bundle, offers.ToDictionary(o => o.Key, o => $"{products[o.Value.ProductId].NameZh} · {o.Value.NameZh}")));
    }

    static void CheckVoucher(string? text, decimal? value, string field, Dictionary<string, string[]> errors, IStringLocalizer<CrossSellText> x)
    {
        if (text is null)
            return;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 100)
            errors[field] = [x["VoucherTextRequired"]];
        if (value is not (> 0 and <= 10_000m) || Math.Round(value.Value, 2) != value)
            errors[field + "Value"] = [x["VoucherValueRange"]];
    }
}
