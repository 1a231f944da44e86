namespace Tianyuan.Market.Features.PreSales;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;
using Tianyuan.Regions.Contracts;

/// <summary>
/// POST /api/market/presales: a farm publishes a season's pre-sale before planting: expected yield, price, deposit
/// (yuan per unit, or a percent of the price fixed now as yuan per unit), the order window, the delivery window
/// and a maximum per customer.
/// </summary>
static class CreatePreSale
{
    public sealed record Request(Guid? OrganisationId, string? VillageCode, string? ProductName, string? Variety, string? Unit,
        decimal? ExpectedYield, decimal? Step, decimal? PricePerUnit, decimal? DepositPerUnit, decimal? DepositPercent,
        DateTimeOffset? OrderOpensAt, DateTimeOffset? OrderClosesAt, DateOnly? DeliveryFrom, DateOnly? DeliveryUntil, decimal? MaxPerCustomer);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/presales", async (Request request, ClaimsPrincipal user, MarketDb db, IOrganisationDirectory organisations,
                IRegionDirectory regions, IStringLocalizer<PreSaleText> p, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, organisations, regions, p, clock, ct)).ToHttpResult(s => $"/api/market/presales/{s.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CreatePreSale))
            .WithSummary("Publish a pre-sale (order farming) for your organisation.")
            .Produces<PreSaleView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static async Task<Outcome<PreSaleView>> ExecuteAsync(Request r, ClaimsPrincipal user, MarketDb db, IOrganisationDirectory organisations,
        IRegionDirectory regions, IStringLocalizer<PreSaleText> p, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var organisation = await SellerAndVillage.CheckAsync(r.OrganisationId, r.VillageCode, errors, organisations, regions,
            p["SellerRequired"], p["VillageUnknown"], ct);
        if (string.IsNullOrWhiteSpace(r.ProductName) || r.ProductName.Trim().Length > 40)
            errors["productName"] = [p["ProductNameRequired"]];
        if (r.Variety is { Length: > 40 })
            errors["variety"] = [p["VarietyTooLong"]];
        if (!Unit.TryParse(r.Unit, out var unit))
            errors["unit"] = [p["UnitUnknown"]];
        if (!IsQuantity(r.Step))
            errors["step"] = [p["StepPositive"]];
        if (!IsQuantity(r.ExpectedYield) || r.ExpectedYield > 100_000_000m)
            errors["expectedYield"] = [p["ExpectedYieldPositive"]];
        if (!IsQuantity(r.MaxPerCustomer))
            errors["maxPerCustomer"] = [p["MaxPerCustomerPositive"]];
        else if (IsQuantity(r.Step) && r.MaxPerCustomer!.Value % r.Step!.Value != 0)
            errors["maxPerCustomer"] = [p["NotAStep", r.Step!.Value]];
        if (r.PricePerUnit is not (> 0 and <= 100_000m) || Math.Round(r.PricePerUnit.Value, 2) != r.PricePerUnit)
            errors["pricePerUnit"] = [p["PriceRange"]];
        var deposit = r.DepositPerUnit ?? (r.DepositPercent is { } percent && r.PricePerUnit is { } price ? Money.Yuan(price * percent / 100m).RoundToFen().Amount : null);
        if ((r.DepositPerUnit is null) == (r.DepositPercent is null) || r.DepositPercent is not (null or (>= 1 and <= 100))
            || deposit is not > 0 || deposit > r.PricePerUnit || Math.Round(deposit.Value, 2) != deposit)
            errors["depositPerUnit"] = [p["DepositRange"]];
        if (r.OrderOpensAt is null || r.OrderClosesAt is null || r.OrderClosesAt <= r.OrderOpensAt || r.OrderClosesAt <= clock.GetUtcNow())
            errors["orderClosesAt"] = [p["OrderWindowInvalid"]];
        if (r.DeliveryFrom is null || r.DeliveryUntil is null || r.DeliveryUntil < r.DeliveryFrom
            || (r.OrderClosesAt is { } closes && r.DeliveryFrom < DateOnly.FromDateTime(closes.ToChinaTime().DateTime)))
            errors["deliveryFrom"] = [p["DeliveryWindowInvalid"]];
        if (errors.Count > 0)
            return Outcome<PreSaleView>.Invalid(errors);
        if (!MarketAccess.MaySell(user, organisation!.Id, organisation.RegionCode))
            return Outcome<PreSaleView>.Forbidden(p["NotYourOrganisation"]);

        var now = clock.GetUtcNow();
        var preSale = new PreSale
        {
            Id = Guid.CreateVersion7(now), OrganisationId = organisation.Id, RegionCode = r.VillageCode!.Trim(), ProductName = r.ProductName!.Trim(),
            Variety = r.Variety?.Trim(), Unit = unit.Code, ExpectedYield = r.ExpectedYield!.Value, Step = r.Step!.Value,
            PricePerUnit = r.PricePerUnit!.Value, DepositPerUnit = deposit!.Value, OrderOpensAt = r.OrderOpensAt!.Value.ToUniversalTime(),
            OrderClosesAt = r.OrderClosesAt!.Value.ToUniversalTime(), DeliveryFrom = r.DeliveryFrom!.Value, DeliveryUntil = r.DeliveryUntil!.Value,
            MaxPerCustomer = r.MaxPerCustomer!.Value, CreatedAt = now,
        };
        db.PreSales.Add(preSale);
        await db.SaveChangesAsync(ct);
        return Outcome<PreSaleView>.Created(PreSaleView.From(preSale));
    }

    static bool IsQuantity(decimal? q) => q is > 0 and <= 100_000_000m && Math.Round(q.Value, SaleQuantity.Decimals) == q;
}
