namespace Tianyuan.Market.Features.Catalogue;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;
using Tianyuan.Regions.Contracts;
using Tianyuan.Trace.Contracts;

/// <summary>
/// POST /api/market/products: a farmer or cooperative admin lists a product with its offers (grades, sizes, packs),
/// each with a unit of sale, minimum and step, price per unit and the quantity on sale now.
/// </summary>
static class CreateProduct
{
    public sealed record OfferInput(string? NameZh, string? NameEn, string? Grade, string? Size, string? Packaging, string? Unit,
        decimal? MinQuantity, decimal? Step, decimal? UnitPrice, decimal? Available);

    public sealed record Request(Guid? OrganisationId, string? VillageCode, string? NameZh, string? NameEn, string? DescriptionZh,
        string? DescriptionEn, string? Category, string? Storage, string? GradingStandard, int? ShelfLifeDays, DateOnly? ProducedOn,
        string? Gtin, IReadOnlyList<OfferInput>? Offers, bool Publish = true);

    public const int MaxOffers = 12;
    public const decimal MaxPrice = 100_000m;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/products", async (Request request, ClaimsPrincipal user, MarketDb db, IOrganisationDirectory organisations,
                IRegionDirectory regions, IStringLocalizer<MarketText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, organisations, regions, t, clock, ct)).ToHttpResult(p => $"/api/market/products/{p.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CreateProduct))
            .WithSummary("List a product with its offers (farmer or cooperative admin of the selling organisation).")
            .Produces<GetProduct.ProductView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static async Task<Outcome<GetProduct.ProductView>> ExecuteAsync(Request r, ClaimsPrincipal user, MarketDb db,
        IOrganisationDirectory organisations, IRegionDirectory regions, IStringLocalizer<MarketText> t, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var organisation = await SellerAndVillage.CheckAsync(r.OrganisationId, r.VillageCode, errors, organisations, regions,
            t["SellerRequired"], t["VillageUnknown"], ct);
        if (string.IsNullOrWhiteSpace(r.NameZh) || r.NameZh.Trim().Length > 40)
            errors["nameZh"] = [t["ProductNameRequired"]];
        if (r.NameEn is { Length: > 80 })
            errors["nameEn"] = [t["NameEnTooLong"]];
        if (r.DescriptionZh is { Length: > 2000 } || r.DescriptionEn is { Length: > 3000 })
            errors["descriptionZh"] = [t["DescriptionTooLong"]];
        if (!ProductCategory.All.Contains(r.Category ?? ""))
            errors["category"] = [t["CategoryUnknown"]];
        if (!StorageKind.All.Contains(r.Storage ?? ""))
            errors["storage"] = [t["StorageUnknown"]];
        if (r.ShelfLifeDays is not (>= 1 and <= 3650))
            errors["shelfLifeDays"] = [t["ShelfLifeRange"]];
        if (r.ProducedOn is { } produced && produced > clock.Today())
            errors["producedOn"] = [t["ProducedInFuture"]];
        if (r.GradingStandard is { Length: > 100 })
            errors["gradingStandard"] = [t["GradingStandardTooLong"]];
        var gtin14 = "";
        if (r.Gtin is not null && !TradeItemNumbers.TryNormalise(r.Gtin, out gtin14, out var gtinProblem))
            errors["gtin"] = [t["GtinInvalid", gtinProblem!]];
        var offers = r.Offers ?? [];
        if (offers.Count is 0 or > MaxOffers)
            errors["offers"] = [t["OffersCount", MaxOffers]];
        for (var i = 0; i < Math.Min(offers.Count, MaxOffers); i++)
            CheckOffer(offers[i], $"offers[{i}]", errors, t);
        if (errors.Count > 0)
            return Outcome<GetProduct.ProductView>.Invalid(errors);
        if (!MarketAccess.MaySell(user, organisation!.Id, organisation.RegionCode))
            return Outcome<GetProduct.ProductView>.Forbidden(t["NotYourOrganisation"]);

        var now = clock.GetUtcNow();
        var product = new Product
        {
            Id = Guid.CreateVersion7(now), OrganisationId = organisation.Id, RegionCode = r.VillageCode!.Trim(), NameZh = r.NameZh!.Trim(),
            NameEn = r.NameEn?.Trim(), DescriptionZh = r.DescriptionZh?.Trim(), DescriptionEn = r.DescriptionEn?.Trim(), Category = r.Category!,
            Storage = r.Storage!, GradingStandard = r.GradingStandard?.Trim(), ShelfLifeDays = r.ShelfLifeDays!.Value, ProducedOn = r.ProducedOn,
            Gtin = r.Gtin is null ? null : gtin14, Published = r.Publish, CreatedAt = now,
            Offers = [.. offers.Select(o => new Offer
            {
                Id = Guid.CreateVersion7(now), NameZh = o.NameZh!.Trim(), NameEn = o.NameEn?.Trim(), Grade = o.Grade?.Trim(), Size = o.Size?.Trim(),
                Packaging = o.Packaging?.Trim(), Unit = Unit.Parse(o.Unit!).Code, MinQuantity = o.MinQuantity!.Value, Step = o.Step!.Value,
                UnitPrice = o.UnitPrice!.Value, Available = o.Available ?? 0,
            })],
        };
        db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        return Outcome<GetProduct.ProductView>.Created((await GetProduct.ExecuteAsync(product.Id, db, t, ct, includeUnpublished: true)).Value!);
    }

    static void CheckOffer(OfferInput o, string at, Dictionary<string, string[]> errors, IStringLocalizer<MarketText> t)
    {
        if (string.IsNullOrWhiteSpace(o.NameZh) || o.NameZh.Trim().Length > 60)
            errors[$"{at}.nameZh"] = [t["OfferNameRequired"]];
        if (!Unit.TryParse(o.Unit, out _))
            errors[$"{at}.unit"] = [t["UnitUnknown"]];
        if (o.UnitPrice is not (> 0 and <= MaxPrice) || Math.Round(o.UnitPrice.Value, 2) != o.UnitPrice)
            errors[$"{at}.unitPrice"] = [t["PriceRange", MaxPrice]];
        if (o.MinQuantity is not > 0 || Math.Round(o.MinQuantity.Value, SaleQuantity.Decimals) != o.MinQuantity)
            errors[$"{at}.minQuantity"] = [t["QuantityPositive"]];
        if (o.Step is not > 0 || Math.Round(o.Step.Value, SaleQuantity.Decimals) != o.Step)
            errors[$"{at}.step"] = [t["QuantityPositive"]];
        if (o.Available is < 0 or > Features.Stock.SetStock.MaxAvailable)
            errors[$"{at}.available"] = [t["AvailableRange", Features.Stock.SetStock.MaxAvailable]];
    }
}
