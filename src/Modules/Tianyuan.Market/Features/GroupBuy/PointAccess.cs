namespace Tianyuan.Market.Features.GroupBuy;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>The point a leader acts at: found, and run by this user (its GroupLeader, or an operator of its region).</summary>
static class PointAccess
{
    public static async Task<(PickupPoint? Point, Outcome<T>? Refusal)> RunAsync<T>(MarketDb db, ClaimsPrincipal user, Guid pointId,
        IStringLocalizer<GroupBuyText> t, CancellationToken ct)
    {
        var point = await db.PickupPoints.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pointId, ct);
        if (point is null)
            return (null, Outcome<T>.NotFound(t["PointNotFound", pointId]));
        if (!MarketAccess.MayRun(user, point))
            return (null, Outcome<T>.Forbidden(t["NotYourPoint"]));
        return (point, null);
    }
}
