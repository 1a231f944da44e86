namespace Tianyuan.Market.Domain;

/// <summary>
/// A discount code (or a voucher) a customer types or is handed: by a farm for its own products, by the platform,
/// by the repurchase page, after a stay, or inside a bundle. <see cref="UsedCount"/> is bumped by a conditional
/// update in the order's transaction, so <see cref="TotalLimit"/> holds under any race; the per-customer limit is held
/// by the unique (coupon, customer, n) key of <see cref="CouponRedemption"/>.
/// </summary>
sealed class Coupon
{
    public Guid Id { get; init; }

    /// <summary>Upper case, 6–20 letters and digits; unique.</summary>
    public required string Code { get; init; }

    /// <summary>The farm or cooperative funding it; null for the platform.</summary>
    public Guid? IssuerOrganisationId { get; init; }

    /// <summary>One of <see cref="CouponKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Yuan off (amount-off, vouchers) or percent off (1–90).</summary>
    public decimal Value { get; init; }

    /// <summary>What the lines in scope must add up to, in yuan.</summary>
    public decimal MinSpend { get; init; }

    public DateTimeOffset ValidFrom { get; init; }

    public DateTimeOffset ValidUntil { get; init; }

    public int PerCustomerLimit { get; init; } = 1;

    /// <summary>Redemptions over all customers; null for no limit.</summary>
    public int? TotalLimit { get; init; }

    public int UsedCount { get; set; }

    /// <summary>May be combined with other coupons; an order takes at most one coupon that is not.</summary>
    public bool Stackable { get; init; }

    /// <summary>Only this organisation's products count (and are discounted).</summary>
    public Guid? ScopeOrganisationId { get; init; }

    /// <summary>Only products from this region (a township after a stay) count.</summary>
    public string? ScopeRegionCode { get; init; }

    /// <summary>Issued to this one customer; null for anyone who has the code.</summary>
    public Guid? OwnerUserId { get; init; }

    /// <summary>Why it exists (<see cref="CouponSource"/>); with <see cref="SourceKey"/> unique, so an event or a page issues it once.</summary>
    public required string Source { get; init; }

    public string? SourceKey { get; init; }

    /// <summary>What it is for, as the customer reads it ("民宿住宿一晚 · 含早餐").</summary>
    public string? Description { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsVoucher => Kind is CouponKind.StayVoucher or CouponKind.ExperienceVoucher;
}

/// <summary>One use of a coupon on an order; deleted again when the order is cancelled (the use is given back).</summary>
sealed class CouponRedemption
{
    public Guid Id { get; init; }

    public Guid CouponId { get; init; }

    public Guid CustomerUserId { get; init; }

    /// <summary>Which of the customer's allowed uses this is (1..PerCustomerLimit): the unique key that makes the limit race-safe.</summary>
    public int N { get; init; }

    /// <summary>The order it discounted; null when a farm took a voucher by code.</summary>
    public Guid? OrderId { get; init; }

    public decimal Amount { get; init; }

    public DateTimeOffset At { get; init; }
}

static class CouponKind
{
    public const string AmountOff = "amount-off";
    public const string PercentOff = "percent-off";

    /// <summary>A night at the farm's homestay: shown to the host at check-in, never a shop discount.</summary>
    public const string StayVoucher = "stay-voucher";

    /// <summary>An activity at the farm (picking, a tea ceremony): shown to the farm, never a shop discount.</summary>
    public const string ExperienceVoucher = "experience-voucher";

    public static IReadOnlyList<string> Discounts { get; } = [AmountOff, PercentOff];
}

static class CouponSource
{
    public const string Seller = "seller";
    public const string Repurchase = "repurchase";
    public const string StayedHere = "stayed-here";
    public const string Bundle = "bundle";
}
