namespace Tianyuan.Market.Domain;

/// <summary>
/// A farm's package (农家乐套餐): some of its offers at one price, plus a stay-night and/or an experience voucher
/// described in words. Buying it is an ordinary order of the offers (stock reserved as usual) discounted to the
/// bundle price; the vouchers are issued to the buyer as codes in the same transaction.
/// </summary>
sealed class Bundle
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string RegionCode { get; init; }

    public required string TitleZh { get; set; }

    /// <summary>What the buyer pays for everything, in yuan; never more than the offers' list prices (the farm funds the vouchers).</summary>
    public decimal Price { get; set; }

    public string? StayVoucherText { get; set; }

    public decimal? StayVoucherValue { get; set; }

    public string? ExperienceVoucherText { get; set; }

    public decimal? ExperienceVoucherValue { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    public List<BundleItem> Items { get; init; } = [];
}

sealed class BundleItem
{
    public Guid BundleId { get; init; }

    public Guid OfferId { get; init; }

    /// <summary>In the offer's unit.</summary>
    public decimal Quantity { get; init; }
}
