namespace Tianyuan.Market.Features.GroupBuy;

using System.Security.Claims;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;

/// <summary>GET /api/market/points/mine: the pickup points the signed-in leader runs (the leader app's start).</summary>
static class ListMyPoints
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/points/mine", async (ClaimsPrincipal user, MarketDb db, CancellationToken ct) =>
                Results.Ok((await CampaignAccess.LedPointsAsync(db, user, ct)).Select(PointView.From).ToList()))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListMyPoints))
            .Produces<IReadOnlyList<PointView>>();
}
