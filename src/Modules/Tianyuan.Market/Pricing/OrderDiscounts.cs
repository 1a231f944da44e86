namespace Tianyuan.Market.Pricing;

using Microsoft.Extensions.Localization;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// What comes off an order's subtotal: a bundle's price or the customer's coupons (not both: a bundle is already
/// a package price). <see cref="RunAsync"/> decides before the transaction; <see cref="CommitAsync"/> takes the
/// coupon uses and issues bundle vouchers inside it, so they exist exactly when the order does.
/// </summary>
static class OrderDiscounts
{
    public sealed record Result(Outcome<OrderView>? Failure, decimal Discount, IReadOnlyList<CouponRules.Applied> Coupons, Bundle? Bundle);

    public static async Task<Result> RunAsync(PlaceOrder.Request request, IReadOnlyList<OrderRequestCheck.PricedLine> lines, Guid customerId,
        MarketDb db, IStringLocalizer<CrossSellText> x, DateTimeOffset now, CancellationToken ct)
    {
        if (request.BundleId is { } bundleId)
        {
            if (request.CouponCodes is { Count: > 0 })
                return new Result(Outcome<OrderView>.Unprocessable("coupon-not-applicable", x["BundleNoCoupons"], "couponCodes[0]"), 0m, [], null);
            var bundle = await BundlePricing.PriceAsync(bundleId, lines, db, x, ct);
            return new Result(bundle.Failure, bundle.Discount, [], bundle.Bundle);
        }

        var coupons = await CouponRules.ApplyAsync(request.CouponCodes, lines, customerId, db, x, now, ct);
        return new Result(coupons.Failure, coupons.Discount, coupons.Coupons, null);
    }

    public static async Task<Outcome<OrderView>?> CommitAsync(MarketDb db, Result discounts, Order order, IStringLocalizer<CrossSellText> x,
        DateTimeOffset now, CancellationToken ct)
    {
        if (discounts.Bundle is { } bundle)
            BundlePricing.IssueVouchers(db, bundle, order, now);
        return await CouponRedemptions.TryRedeemAsync(db, discounts.Coupons, order, x, now, ct);
    }
}
