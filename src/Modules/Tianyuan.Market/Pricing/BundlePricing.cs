namespace Tianyuan.Market.Pricing;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// A bundle order: exactly the bundle's offers and quantities, discounted from their list prices down to the bundle
/// price; in the order's transaction the buyer gets one voucher code per included stay night or experience.
/// </summary>
static class BundlePricing
{
    /// <summary>Vouchers are valid for a season: long enough to plan a trip.</summary>
    public static readonly TimeSpan VoucherValidity = TimeSpan.FromDays(180);

    public sealed record Result(Outcome<OrderView>? Failure, Bundle? Bundle, decimal Discount);

    public static async Task<Result> PriceAsync(Guid bundleId, IReadOnlyList<OrderRequestCheck.PricedLine> lines, MarketDb db,
        IStringLocalizer<CrossSellText> x, CancellationToken ct)
    {
        var bundle = await db.Bundles.AsNoTracking().Include(b => b.Items).FirstOrDefaultAsync(b => b.Id == bundleId && b.Active, ct);
        if (bundle is null)
            return new Result(Outcome<OrderView>.NotFound(x["BundleNotFound", bundleId]), null, 0m);
        var matches = lines.Count == bundle.Items.Count
            && bundle.Items.All(i => lines.Any(l => l.Offer.Id == i.OfferId && l.Quantity == i.Quantity));
        if (!matches)
            return new Result(Outcome<OrderView>.Unprocessable("bundle-lines", x["BundleLinesDiffer"], "lines"), null, 0m);
        var subtotal = lines.Sum(l => l.LineTotal);
        return new Result(null, bundle, Math.Max(0m, subtotal - bundle.Price));
    }

    /// <summary>The buyer's voucher codes, one per included stay night / experience, bound to the buyer and the order.</summary>
    public static void IssueVouchers(MarketDb db, Bundle bundle, Order order, DateTimeOffset now)
    {
        if (bundle.StayVoucherText is { } stay)
            db.Coupons.Add(Voucher(bundle, order, CouponKind.StayVoucher, stay, bundle.StayVoucherValue ?? 0m, now));
        if (bundle.ExperienceVoucherText is { } experience)
            db.Coupons.Add(Voucher(bundle, order, CouponKind.ExperienceVoucher, experience, bundle.ExperienceVoucherValue ?? 0m, now));
    }

    static Coupon Voucher(Bundle bundle, Order order, string kind, string text, decimal value, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), Code = CouponCodes.New("TC"), IssuerOrganisationId = bundle.OrganisationId, Kind = kind,
        Value = value, ValidFrom = now, ValidUntil = now + VoucherValidity, PerCustomerLimit = 1, TotalLimit = 1,
        ScopeOrganisationId = bundle.OrganisationId, OwnerUserId = order.CustomerUserId, Source = CouponSource.Bundle,
        SourceKey = $"{order.Id:N}:{kind}", Description = $"{bundle.TitleZh} · {text}", CreatedAt = now,
    };
}
