namespace Tianyuan.Stays.Domain;

/// <summary>
/// A kind of room or pitch with its rates (双床房 ×3): guests book a type, the booking is placed on one of its
/// identical <see cref="Unit"/>s. Prices are CNY per night; seasons override them for date ranges.
/// </summary>
sealed class UnitType
{
    public Guid Id { get; init; }

    public Guid StayId { get; init; }

    public required string NameZh { get; set; }

    public string? NameEn { get; set; }

    public int Beds { get; set; } = 1;

    public int MaxGuests { get; set; } = 2;

    /// <summary>Guests included in the nightly price; each further guest pays <see cref="ExtraGuestNightly"/>.</summary>
    public int BaseOccupancy { get; set; } = 2;

    public decimal BaseNightly { get; set; }

    /// <summary>Friday and Saturday nights, when set.</summary>
    public decimal? WeekendNightly { get; set; }

    public decimal ExtraGuestNightly { get; set; }

    public int MinNights { get; set; } = 1;

    /// <summary>Percent off the whole stay from 7 nights.</summary>
    public decimal WeeklyDiscountPct { get; set; }

    /// <summary>Percent off the whole stay from 28 nights: the nomads' monthly price.</summary>
    public decimal MonthlyDiscountPct { get; set; }

    /// <summary>SHA-256 of the export feed token; the token itself is shown to the host once.</summary>
    public byte[]? FeedTokenHash { get; set; }

    public List<Unit> Units { get; init; } = [];

    public List<SeasonRate> Seasons { get; init; } = [];

    public string Name(bool english) => english && !string.IsNullOrWhiteSpace(NameEn) ? NameEn : NameZh;
}
