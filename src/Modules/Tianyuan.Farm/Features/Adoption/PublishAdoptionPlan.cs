namespace Tianyuan.Farm.Features.Adoption;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Contracts;

/// <summary>
/// POST /api/farm/farms/{farmId}/adoption-plans: the farmer offers trees, rows or plot shares of one plot for a season.
/// The plan goes on sale in the shop as a product of the farm's cooperative with one unit of stock per tree.
/// </summary>
static class PublishAdoptionPlan
{
    public sealed record Request(Guid? PlotId, string? Kind, string? NameZh, string? DescriptionZh, DateOnly? SeasonFrom, DateOnly? SeasonUntil,
        decimal? Price, decimal? PromisedYield, string? YieldUnit, int? Units, string? StreamUrl);

    public sealed record Response(Guid Id, Guid FarmId, Guid PlotId, string Kind, string NameZh, DateOnly SeasonFrom, DateOnly SeasonUntil,
        decimal Price, decimal PromisedYield, string YieldUnit, int Units, int Adopted, Guid MarketProductId, string? StreamUrl);

    public const int MaxUnits = 500;

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/farms/{farmId:guid}/adoption-plans", async (Guid farmId, Request request, ClaimsPrincipal user, FarmDb db,
                IMarketListings market, IStringLocalizer<AdoptionText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(farmId, request, user, db, market, t, clock, ct)).ToHttpResult(p => $"/api/farm/adoption-plans/{p.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(PublishAdoptionPlan))
            .WithSummary("Offer trees, rows or plot shares of a plot for adoption (listed in the shop).")
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid farmId, Request r, ClaimsPrincipal user, FarmDb db, IMarketListings market,
        IStringLocalizer<AdoptionText> t, TimeProvider clock, CancellationToken ct)
    {
        var farm = await db.Farms.AsNoTracking().Include(f => f.Plots).FirstOrDefaultAsync(f => f.Id == farmId, ct);
        if (farm is null)
            return Outcome<Response>.NotFound(t["FarmNotFound", farmId]);
        if (!FarmAccess.MayManage(user, farm))
            return Outcome<Response>.Forbidden(t["NotYourFarm"]);

        var errors = new Dictionary<string, string[]>();
        var plot = farm.Plots.FirstOrDefault(p => p.Id == r.PlotId);
        if (plot is null)
            errors["plotId"] = [t["PlotRequired"]];
        if (!AdoptionKinds.All.Contains(r.Kind ?? ""))
            errors["kind"] = [t["KindRequired"]];
        if (string.IsNullOrWhiteSpace(r.NameZh) || r.NameZh.Trim().Length > 40)
            errors["nameZh"] = [t["NameRequired"]];
        if (r.DescriptionZh is { Length: > 500 })
            errors["descriptionZh"] = [t["DescriptionTooLong"]];
        if (r.SeasonFrom is null || r.SeasonUntil is null || r.SeasonUntil <= r.SeasonFrom || r.SeasonUntil < clock.Today())
            errors["seasonUntil"] = [t["SeasonInvalid"]];
        if (r.Price is not (> 0 and <= 100_000) || Math.Round(r.Price.Value, 2) != r.Price)
            errors["price"] = [t["PriceInvalid"]];
        if (r.PromisedYield is not (> 0 and <= 100_000))
            errors["promisedYield"] = [t["YieldInvalid"]];
        if (!Unit.TryParse(r.YieldUnit, out var yieldUnit))
            errors["yieldUnit"] = [t["YieldUnitInvalid"]];
        if (r.Units is not (>= 1 and <= MaxUnits))
            errors["units"] = [t["UnitsInvalid", MaxUnits]];
        if (r.StreamUrl is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var stream) || stream.Scheme is not ("https" or "http") || url.Length > 300))
            errors["streamUrl"] = [t["StreamUrlInvalid"]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var now = clock.GetUtcNow();
        var plan = new AdoptionPlan
        {
            Id = Guid.CreateVersion7(now), FarmId = farm.Id, PlotId = plot!.Id, Kind = r.Kind!, NameZh = r.NameZh!.Trim(), DescriptionZh = r.DescriptionZh?.Trim(),
            SeasonFrom = r.SeasonFrom!.Value, SeasonUntil = r.SeasonUntil!.Value, Price = r.Price!.Value, PromisedYield = r.PromisedYield!.Value,
            YieldUnit = yieldUnit.Code, Units = r.Units!.Value, StreamUrl = r.StreamUrl, CreatedAt = now,
        };
        // The shop listing first: the plan points at its offer. Everything that could refuse the plan was checked above.
        var listing = await market.ListAsync(new NewMarketListing(farm.OrganisationId, farm.RegionCode, plan.NameZh, null,
            t["ListingDescription", plot.Name, plan.SeasonFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                plan.SeasonUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Quantity.Of(plan.PromisedYield, yieldUnit)],
            "adoption", plan.Price, plan.Units, plan.SeasonUntil.DayNumber - clock.Today().DayNumber + 1), ct);
        plan.MarketProductId = listing.ProductId;
        plan.MarketOfferId = listing.OfferId;
        db.AdoptionPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Created(View(plan, 0));
    }

    public static Response View(AdoptionPlan p, int adopted) => new(
        p.Id, p.FarmId, p.PlotId, p.Kind, p.NameZh, p.SeasonFrom, p.SeasonUntil, p.Price, p.PromisedYield, p.YieldUnit, p.Units, adopted,
        p.MarketProductId, p.StreamUrl);
}
