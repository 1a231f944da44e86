namespace Tianyuan.Market.Pricing;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// Takes and gives back coupon uses inside the order's transaction. The total limit is a conditional update of
/// the coupon's used count; the per-customer limit is the unique (coupon, customer, n) key of the redemption row,
/// n being the first free use number: twenty parallel orders with a once-per-customer coupon insert n = 1 twenty
/// times and exactly one commits. A cancelled order deletes its rows, so the use is free again.
/// </summary>
static class CouponRedemptions
{
    public static async Task<Outcome<OrderView>?> TryRedeemAsync(MarketDb db, IReadOnlyList<CouponRules.Applied> coupons, Order order,
        IStringLocalizer<CrossSellText> x, DateTimeOffset now, CancellationToken ct)
    {
        if (coupons.Count == 0)
            return null;
        // Coupons in a fixed order, so two orders with the same coupons never wait on each other's rows.
        foreach (var (coupon, amount) in coupons.OrderBy(a => a.Coupon.Id))
        {
            var taken = await db.Coupons.Where(c => c.Id == coupon.Id && (c.TotalLimit == null || c.UsedCount < c.TotalLimit))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedCount, c => c.UsedCount + 1), ct);
            if (taken == 0)
                return Refused(coupons, coupon, x["CouponAllTaken", coupon.Code]);
            var usedNumbers = await db.CouponRedemptions.Where(r => r.CouponId == coupon.Id && r.CustomerUserId == order.CustomerUserId)
                .Select(r => r.N).ToListAsync(ct);
            var n = Enumerable.Range(1, coupon.PerCustomerLimit).FirstOrDefault(k => !usedNumbers.Contains(k));
            if (n == 0)
                return Refused(coupons, coupon, x["CouponUsed", coupon.Code]);
            db.CouponRedemptions.Add(new CouponRedemption
            {
                Id = Guid.CreateVersion7(now), CouponId = coupon.Id, CustomerUserId = order.CustomerUserId, N = n, OrderId = order.Id,
                Amount = amount, At = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A parallel order of the same customer took the same use first.
            db.ChangeTracker.Clear();
            return Outcome<OrderView>.Unprocessable("coupon-not-applicable", x["CouponUsed", coupons[0].Coupon.Code], "couponCodes[0]");
        }
    }

    /// <summary>The order was cancelled: its coupon uses count neither for the customer nor against the total.</summary>
    public static async Task GiveBackAsync(MarketDb db, Guid orderId, CancellationToken ct)
    {
        var used = await db.CouponRedemptions.Where(r => r.OrderId == orderId).Select(r => r.CouponId).ToListAsync(ct);
        foreach (var couponId in used.Order())
            await db.Coupons.Where(c => c.Id == couponId && c.UsedCount > 0).ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedCount, c => c.UsedCount - 1), ct);
        await db.CouponRedemptions.Where(r => r.OrderId == orderId).ExecuteDeleteAsync(ct);
    }

    static Outcome<OrderView> Refused(IReadOnlyList<CouponRules.Applied> coupons, Coupon coupon, string reason) =>
        Outcome<OrderView>.Unprocessable("coupon-not-applicable", reason, $"couponCodes[{IndexOf(coupons, coupon)}]");

    static int IndexOf(IReadOnlyList<CouponRules.Applied> coupons, Coupon coupon) =>
        coupons.Select((a, i) => (a, i)).First(p => p.a.Coupon.Id == coupon.Id).i;
}
