namespace Tianyuan.Stays.Pricing;

using Tianyuan.Kernel;
using Tianyuan.Stays.Domain;

/// <summary>One night's price: the rate that applied (base, weekend or a season) and the extra-guest surcharge.</summary>
sealed record NightPrice(DateOnly Night, string Rate, decimal Nightly, int ExtraGuests, decimal ExtraGuestCharge, decimal Amount);

/// <summary>A stay's price, night by night, with the length-of-stay discount and the minimum stay that applied.</summary>
sealed record Quote(
    IReadOnlyList<NightPrice> Nights, decimal Subtotal, string? Discount, decimal DiscountPercent, decimal DiscountAmount, decimal Total, int MinNights);

/// <summary>
/// Prices a stay from a unit type's rate card. Deterministic: the same card, dates and guests always give the same
/// figures. Seasons override the base rate (the latest-starting season wins where they overlap); Friday and Saturday
/// nights take the weekend rate; guests above the base occupancy pay a surcharge per night; from 7 nights the
/// weekly discount applies, from 28 the monthly one, on the whole stay; amounts are rounded to the fen once, at the end.
/// </summary>
static class Quoting
{
    public const int WeekNights = 7;
    public const int MonthNights = 28;

    public static Quote For(UnitType type, DateOnly checkIn, DateOnly checkOut, int guests)
    {
        var nights = new List<NightPrice>();
        var minNights = type.MinNights;
        for (var night = checkIn; night < checkOut; night = night.AddDays(1))
        {
            var season = type.Seasons.Where(s => s.Covers(night)).MaxBy(s => s.From);
            var weekend = night.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday;
            var weekendRate = season is null ? type.WeekendNightly : season.WeekendNightly;
            var (rate, nightly) = (season, weekend && weekendRate is not null) switch
            {
                (null, false) => ("base", type.BaseNightly),
                (null, true) => ("weekend", weekendRate!.Value),
                (_, false) => (season.Name, season.Nightly),
                (_, true) => (season.Name, weekendRate!.Value),
            };
            var extraGuests = Math.Max(0, guests - type.BaseOccupancy);
            var extraCharge = extraGuests * (season?.ExtraGuestNightly ?? type.ExtraGuestNightly);
            nights.Add(new NightPrice(night, rate, nightly, extraGuests, extraCharge, nightly + extraCharge));
            if (season?.MinNights is { } seasonMin)
                minNights = Math.Max(minNights, seasonMin);
        }

        var subtotal = nights.Sum(n => n.Amount);
        var (discount, percent) = nights.Count switch
        {
            >= MonthNights when type.MonthlyDiscountPct > 0 => ("monthly", type.MonthlyDiscountPct),
            >= WeekNights when type.WeeklyDiscountPct > 0 => ("weekly", type.WeeklyDiscountPct),
            _ => ((string?)null, 0m),
        };
        var discountAmount = Money.Yuan(subtotal * percent / 100m).RoundToFen().Amount;
        var total = Money.Yuan(subtotal - discountAmount).RoundToFen().Amount;
        return new Quote(nights, Money.Yuan(subtotal).RoundToFen().Amount, discount, percent, discountAmount, total, minNights);
    }
}
