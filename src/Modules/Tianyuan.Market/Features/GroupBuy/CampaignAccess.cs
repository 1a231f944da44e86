namespace Tianyuan.Market.Features.GroupBuy;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>Who sees which part of a campaign's manifest: its seller and the region's operators all of it, a leader their own points.</summary>
static class CampaignAccess
{
    /// <summary>Null: nothing. Empty <see cref="Scope.Points"/> with <see cref="Scope.Whole"/>: everything.</summary>
    public sealed record Scope(bool Whole, IReadOnlyList<Guid> Points);

    public static async Task<Scope?> ManifestScopeAsync(MarketDb db, ClaimsPrincipal user, Campaign campaign, CancellationToken ct)
    {
        if (MarketAccess.MaySell(user, campaign.OrganisationId, campaign.RegionCode))
            return new Scope(true, []);
        var led = await LedPointsAsync(db, user, ct);
        return led.Count > 0 ? new Scope(false, [.. led.Select(p => p.Id)]) : null;
    }

    /// <summary>The pickup points whose organisation the user is GroupLeader of.</summary>
    public static async Task<IReadOnlyList<PickupPoint>> LedPointsAsync(MarketDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var organisations = user.Scopes().Where(s => s.Role == Roles.GroupLeader && s.OrganisationId is not null).Select(s => s.OrganisationId!.Value).ToList();
        if (organisations.Count == 0)
            return [];
        return await db.PickupPoints.AsNoTracking().Where(p => organisations.Contains(p.OrganisationId)).OrderBy(p => p.NameZh).ToListAsync(ct);
    }
}
