namespace Tianyuan.Market.Features.CrossSell;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Pricing;

/// <summary>
/// Coupons the system hands out by itself (a repurchase coupon per order, a stayed-here coupon per booking). Each is
/// keyed by (source, source key) in a unique index, so a page opened twice or an event delivered twice finds the
/// coupon the first time made instead of making another.
/// </summary>
static class CrossSellCoupons
{
    /// <summary>The repurchase coupon: ¥5 off ¥30 of the same farm's products, for 30 days.</summary>
    public static Coupon Repurchase(Order order, Guid farm, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), Code = CouponCodes.New("HG"), IssuerOrganisationId = farm, Kind = CouponKind.AmountOff, Value = 5m,
        MinSpend = 30m, ValidFrom = now, ValidUntil = now.AddDays(30), ScopeOrganisationId = farm, OwnerUserId = order.CustomerUserId,
        Source = CouponSource.Repurchase, SourceKey = order.Id.ToString("N"), Stackable = true, CreatedAt = now,
    };

    /// <summary>After a stay: ¥10 off ¥50 of anything from the stay's township, for 60 days (the platform funds it).</summary>
    public static Coupon StayedHere(Guid bookingId, Guid guest, string township, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), Code = CouponCodes.New("ZG"), Kind = CouponKind.AmountOff, Value = 10m, MinSpend = 50m,
        ValidFrom = now, ValidUntil = now.AddDays(60), ScopeRegionCode = township, OwnerUserId = guest, Source = CouponSource.StayedHere,
        SourceKey = bookingId.ToString("N"), Stackable = true, CreatedAt = now,
    };

    /// <summary>Saves <paramref name="fresh"/> unless a coupon with its source key exists; returns whichever is stored.</summary>
    public static async Task<Coupon> IssueOnceAsync(MarketDb db, Coupon fresh, CancellationToken ct)
    {
        if (await FindAsync(db, fresh.Source, fresh.SourceKey!, ct) is { } existing)
            return existing;
        db.Coupons.Add(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Issued in parallel (two taps on the parcel QR, a redelivered event): keep the first.
            db.ChangeTracker.Clear();
            return await FindAsync(db, fresh.Source, fresh.SourceKey!, ct) ?? throw new InvalidOperationException("Coupon vanished after a unique violation.", e);
        }
    }

    static Task<Coupon?> FindAsync(MarketDb db, string source, string key, CancellationToken ct) =>
        db.Coupons.AsNoTracking().FirstOrDefaultAsync(c => c.Source == source && c.SourceKey == key, ct);
}
