namespace Tianyuan.Market.Features.GroupBuy;

using Microsoft.Extensions.Localization;
using Tianyuan.Market.Data;
using Tianyuan.Market.Resources;

/// <summary>
/// GET /api/market/campaigns/{id} and GET /api/market/campaigns/by-token/{token} (the share link's token): a campaign
/// with its offers and per-point progress, public.
/// </summary>
static class GetCampaign
{
    public static void Map(IEndpointRouteBuilder market)
    {
        market.MapGet("/campaigns/{id:guid}", async (Guid id, MarketDb db, IStringLocalizer<GroupBuyText> t, CancellationToken ct) =>
                Answer(await CampaignView.LoadAsync(db, id, null, ct), id.ToString(), t))
            .AllowAnonymous()
            .WithName(nameof(GetCampaign))
            .Produces<CampaignView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        market.MapGet("/campaigns/by-token/{token}", async (string token, MarketDb db, IStringLocalizer<GroupBuyText> t, CancellationToken ct) =>
                Answer(await CampaignView.LoadAsync(db, null, token, ct), token, t))
            .AllowAnonymous()
            .WithName(nameof(GetCampaign) + "ByToken")
            .Produces<CampaignView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    static IResult Answer(CampaignView? view, string asked, IStringLocalizer<GroupBuyText> t) =>
        (view is null ? Outcome<CampaignView>.NotFound(t["CampaignNotFound", asked]) : Outcome<CampaignView>.Ok(view)).ToHttpResult();
}
