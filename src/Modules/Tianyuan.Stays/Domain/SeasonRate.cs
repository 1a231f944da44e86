namespace Tianyuan.Stays.Domain;

/// <summary>
/// A date range with its own prices and minimum stay (Spring Festival, National Day, summer). Where seasons overlap
/// the one starting latest wins, so a holiday week can sit inside a summer season.
/// </summary>
sealed class SeasonRate
{
    public Guid Id { get; init; }

    public Guid UnitTypeId { get; init; }

    public required string Name { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Exclusive: the first night no longer in the season.</summary>
    public DateOnly Until { get; set; }

    public decimal Nightly { get; set; }

    public decimal? WeekendNightly { get; set; }

    public decimal? ExtraGuestNightly { get; set; }

    public int? MinNights { get; set; }

    public bool Covers(DateOnly night) => night >= From && night < Until;
}
