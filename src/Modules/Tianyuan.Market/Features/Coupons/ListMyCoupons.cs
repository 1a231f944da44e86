namespace Tianyuan.Market.Features.Coupons;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>
/// GET /api/market/coupons/mine: the coupons and vouchers issued to the signed-in customer that they can still
/// use (valid now or soon, uses left), soonest to expire first.
/// </summary>
static class ListMyCoupons
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/coupons/mine", async (ClaimsPrincipal user, MarketDb db, IStringLocalizer<CrossSellText> x, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(user, db, x, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListMyCoupons))
            .Produces<IReadOnlyList<CouponView>>();

    public static async Task<Outcome<IReadOnlyList<CouponView>>> ExecuteAsync(ClaimsPrincipal user, MarketDb db, IStringLocalizer<CrossSellText> x,
        TimeProvider clock, CancellationToken ct)
    {
        if (user.UserId() is not { } me)
            return Outcome<IReadOnlyList<CouponView>>.Forbidden(x["SignInForCoupons"]);
        var now = clock.GetUtcNow();
        var mine = await db.Coupons.AsNoTracking().Where(c => c.OwnerUserId == me && c.ValidUntil > now)
            .Where(c => c.TotalLimit == null || c.UsedCount < c.TotalLimit)
            .Where(c => db.CouponRedemptions.Count(r => r.CouponId == c.Id && r.CustomerUserId == me) < c.PerCustomerLimit)
            .OrderBy(c => c.ValidUntil).Take(100).ToListAsync(ct);
        return Outcome<IReadOnlyList<CouponView>>.Ok([.. mine.Select(CouponView.From)]);
    }
}
