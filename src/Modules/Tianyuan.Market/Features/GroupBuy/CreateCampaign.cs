namespace Tianyuan.Market.Features.GroupBuy;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;
using Tianyuan.Regions.Contracts;

/// <summary>
/// POST /api/market/campaigns: a seller starts a group-buy of its own offers at group prices, ordered until the
/// cut-off and collected on the pickup date (a later China date than the cut-off: picking happens in between).
/// The answer carries the share link (/market/g/{token}) for the poster and the WeChat group.
/// </summary>
static class CreateCampaign
{
    public sealed record Item(Guid? OfferId, decimal? GroupPrice);

    public sealed record Request(Guid? OrganisationId, string? TitleZh, string? TitleEn, DateTimeOffset? OpensAt, DateTimeOffset? CutOffAt,
        DateOnly? PickupDate, int? MinGroupSize, IReadOnlyList<Item>? Items);

    public const int MaxItems = 30;
    public const int MaxGroupSize = 1000;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/campaigns", async (Request request, ClaimsPrincipal user, MarketDb db, IOrganisationDirectory organisations,
                IStringLocalizer<GroupBuyText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, organisations, t, clock, ct)).ToHttpResult(c => $"/api/market/campaigns/{c.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CreateCampaign))
            .Produces<CampaignView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static async Task<Outcome<CampaignView>> ExecuteAsync(Request request, ClaimsPrincipal user, MarketDb db,
        IOrganisationDirectory organisations, IStringLocalizer<GroupBuyText> t, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = CheckFields(request, t, now);
        if (errors.Count > 0)
            return Outcome<CampaignView>.Invalid(errors);
        var organisation = await organisations.FindAsync(request.OrganisationId!.Value, ct);
        if (organisation is null)
            return Outcome<CampaignView>.Invalid("organisationId", t["SellerRequired"]);
        if (!MarketAccess.MaySell(user, organisation.Id, organisation.RegionCode))
            return Outcome<CampaignView>.Forbidden(t["NotYourCampaign"]);

        var items = request.Items!;
        var offerIds = items.Select(i => i.OfferId!.Value).ToList();
        var owned = await (from o in db.Offers.AsNoTracking()
                           join p in db.Products.AsNoTracking() on o.ProductId equals p.Id
                           where offerIds.Contains(o.Id) && o.Active && p.OrganisationId == organisation.Id
                           select o.Id).ToListAsync(ct);
        for (var i = 0; i < items.Count; i++)
        {
            if (!owned.Contains(items[i].OfferId!.Value))
                errors[$"items[{i}].offerId"] = [t["OfferNotYours"]];
        }

        if (errors.Count > 0)
            return Outcome<CampaignView>.Invalid(errors);

        var id = Guid.CreateVersion7(now);
        var campaign = new Campaign
        {
            Id = id, OrganisationId = organisation.Id, RegionCode = organisation.RegionCode, TitleZh = request.TitleZh!.Trim(),
            TitleEn = string.IsNullOrWhiteSpace(request.TitleEn) ? null : request.TitleEn.Trim(),
            OpensAt = (request.OpensAt ?? now).ToUniversalTime(), CutOffAt = request.CutOffAt!.Value.ToUniversalTime(),
            PickupDate = request.PickupDate!.Value, MinGroupSize = request.MinGroupSize ?? 1, ShareToken = OrderNumbers.Token(), CreatedAt = now,
        };
        campaign.Items.AddRange(items.Select(i => new CampaignItem { CampaignId = id, OfferId = i.OfferId!.Value, GroupPrice = i.GroupPrice!.Value }));
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return Outcome<CampaignView>.Created((await CampaignView.LoadAsync(db, id, null, ct))!);
    }

    static Dictionary<string, string[]> CheckFields(Request r, IStringLocalizer<GroupBuyText> t, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.OrganisationId is null)
            errors["organisationId"] = [t["SellerRequired"]];
        if (string.IsNullOrWhiteSpace(r.TitleZh) || r.TitleZh.Trim().Length > 60)
            errors["titleZh"] = [t["TextRequired", 60]];
        if (r.TitleEn is { Length: > 100 })
            errors["titleEn"] = [t["TextTooLong", 100]];
        if (r.CutOffAt is not { } cutOff || cutOff <= now)
            errors["cutOffAt"] = [t["CutOffInPast"]];
        else if (r.OpensAt is { } opens && opens >= cutOff)
            errors["opensAt"] = [t["OpensBeforeCutOff"]];
        else if (r.PickupDate is not { } pickup || pickup <= DateOnly.FromDateTime(cutOff.ToChinaTime().DateTime))
            errors["pickupDate"] = [t["PickupAfterCutOff"]];
        if (r.MinGroupSize is < 1 or > MaxGroupSize)
            errors["minGroupSize"] = [t["GroupSizeRange", MaxGroupSize]];
        var items = r.Items ?? [];
        if (items.Count is 0 or > MaxItems)
            errors["items"] = [t["ItemsCount", MaxItems]];
        for (var i = 0; i < Math.Min(items.Count, MaxItems); i++)
        {
            if (items[i]?.OfferId is null)
                errors[$"items[{i}].offerId"] = [t["OfferRequired"]];
            else if (items.Take(i).Any(other => other?.OfferId == items[i].OfferId))
                errors[$"items[{i}].offerId"] = [t["OfferTwice"]];
            if (items[i]?.GroupPrice is not { } price || price <= 0 || price > 100_000 || Math.Round(price, 2) != price)
                errors[$"items[{i}].groupPrice"] = [t["GroupPriceRange"]];
        }

        return errors;
    }
}
