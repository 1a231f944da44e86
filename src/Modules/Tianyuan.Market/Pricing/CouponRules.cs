namespace Tianyuan.Market.Pricing;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// Which of the codes a customer entered apply to these priced lines, and for how much. Every refusal names the
/// code's place in the request (couponCodes[1]) and says why in words a person understands: expired, not yet
/// valid, minimum spend not reached, not for these products, already used, all taken. The limits are checked
/// here for a clear answer and enforced again by <see cref="CouponRedemptions"/> inside the order's transaction.
/// </summary>
static class CouponRules
{
    public const int MaxCodes = 5;

    public sealed record Applied(Coupon Coupon, decimal Amount);

    public sealed record Result(Outcome<OrderView>? Failure, decimal Discount, IReadOnlyList<Applied> Coupons);

    public static async Task<Result> ApplyAsync(IReadOnlyList<string?>? codes, IReadOnlyList<OrderRequestCheck.PricedLine> lines, Guid customerId,
        MarketDb db, IStringLocalizer<CrossSellText> x, DateTimeOffset now, CancellationToken ct)
    {
        if (codes is null || codes.Count == 0)
            return new Result(null, 0m, []);
        if (codes.Count > MaxCodes)
            return Refuse("couponCodes", x["TooManyCoupons", MaxCodes]);
        var normalised = codes.Select(CouponCodes.Normalise).ToList();
        var coupons = await db.Coupons.AsNoTracking().Where(c => normalised.Contains(c.Code)).ToDictionaryAsync(c => c.Code, ct);
        var applied = new List<Applied>();
        for (var i = 0; i < normalised.Count; i++)
        {
            var field = $"couponCodes[{i}]";
            var code = normalised[i];
            if (normalised.Take(i).Contains(code))
                return Refuse(field, x["CouponTwice", code]);
            if (!coupons.TryGetValue(code, out var coupon) || (coupon.OwnerUserId is { } owner && owner != customerId))
                return Refuse(field, x["CouponUnknown", code]);
            if (coupon.IsVoucher)
                return Refuse(field, x["CouponIsVoucher", code]);
            if (now < coupon.ValidFrom)
                return Refuse(field, x["CouponNotYet", code, ChinaDate(coupon.ValidFrom)]);
            if (now >= coupon.ValidUntil)
                return Refuse(field, x["CouponExpired", code, ChinaDate(coupon.ValidUntil)]);
            var inScope = lines.Where(l => InScope(coupon, l.Product)).Sum(l => l.LineTotal);
            if (inScope == 0)
                return Refuse(field, x["CouponNotForThese", code]);
            if (inScope < coupon.MinSpend)
                return Refuse(field, x["CouponMinSpend", code, Money.Yuan(coupon.MinSpend), Money.Yuan(coupon.MinSpend - inScope)]);
            if (!coupon.Stackable && applied.FirstOrDefault(a => !a.Coupon.Stackable) is { } other)
                return Refuse(field, x["CouponNotStackable", code, other.Coupon.Code]);
            var used = await db.CouponRedemptions.CountAsync(r => r.CouponId == coupon.Id && r.CustomerUserId == customerId, ct);
            if (used >= coupon.PerCustomerLimit)
                return Refuse(field, coupon.PerCustomerLimit == 1 ? x["CouponUsed", code] : x["CouponUsedUp", code, coupon.PerCustomerLimit]);
            if (coupon.UsedCount >= coupon.TotalLimit)
                return Refuse(field, x["CouponAllTaken", code]);
            applied.Add(new Applied(coupon, AmountOff(coupon, inScope)));
        }

        // Several stackable coupons never take the order below zero.
        var subtotal = lines.Sum(l => l.LineTotal);
        return new Result(null, Money.Yuan(Math.Min(applied.Sum(a => a.Amount), subtotal)).RoundToFen().Amount, applied);
    }

    public static bool InScope(Coupon coupon, Product product) =>
        (coupon.ScopeOrganisationId is not { } org || org == product.OrganisationId)
        && (coupon.ScopeRegionCode is not { } region || product.RegionCode.StartsWith(region, StringComparison.Ordinal));

    /// <summary>Yuan off the lines in scope: the amount (at most what they cost) or the percent of them, to the fen.</summary>
    public static decimal AmountOff(Coupon coupon, decimal inScope) => coupon.Kind == CouponKind.PercentOff
        ? Money.Yuan(inScope * coupon.Value / 100m).RoundToFen().Amount
        : Math.Min(coupon.Value, inScope);

    static string ChinaDate(DateTimeOffset at) => at.ToChinaTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    static Result Refuse(string field, string reason) => new(Outcome<OrderView>.Unprocessable("coupon-not-applicable", reason, field), 0m, []);
}
