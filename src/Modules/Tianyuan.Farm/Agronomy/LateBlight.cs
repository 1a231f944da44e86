namespace Tianyuan.Farm.Agronomy;

/// <summary>One day's weather as the blight rules need it; <see cref="HoursObserved"/> below 24 makes the day unknown.</summary>
sealed record BlightDay(DateOnly Date, double MinTemperatureC, int HoursHumid, int HoursObserved);

/// <summary>A run of two qualifying days ending on <see cref="EndsOn"/> under a named rule.</summary>
sealed record BlightPeriod(string Rule, DateOnly EndsOn);

/// <summary>
/// Potato late blight risk. Hutton criteria (AHDB, Great Britain since 2017): two consecutive days, each with a
/// minimum temperature of at least 10 °C and at least 6 hours with relative humidity ≥ 90 %. The older Smith period
/// asks 11 hours. A day with missing hours is unknown: it neither starts nor completes a period, so a sensor gap
/// never reads as "no risk" without saying so.
/// </summary>
static class LateBlight
{
    public const string Hutton = "hutton";
    public const string Smith = "smith";

    public static (IReadOnlyList<BlightPeriod> Periods, IReadOnlyList<DateOnly> UnknownDays) Evaluate(IReadOnlyList<BlightDay> days)
    {
        var periods = new List<BlightPeriod>();
        var ordered = days.OrderBy(d => d.Date).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (before, day) = (ordered[i - 1], ordered[i]);
            if (day.Date != before.Date.AddDays(1) || !Known(before) || !Known(day))
                continue;
            if (Qualifies(before, 6) && Qualifies(day, 6))
                periods.Add(new BlightPeriod(Hutton, day.Date));
            if (Qualifies(before, 11) && Qualifies(day, 11))
                periods.Add(new BlightPeriod(Smith, day.Date));
        }

        return (periods, [.. ordered.Where(d => !Known(d)).Select(d => d.Date)]);
    }

    /// <summary>Daily summaries from hourly readings (China days): the minimum temperature and hours with RH ≥ 90.0 %.</summary>
    public static IReadOnlyList<BlightDay> FromHourly(IEnumerable<(DateTimeOffset Hour, double TemperatureC, double HumidityPct)> hours) =>
        [.. hours.GroupBy(h => DateOnly.FromDateTime(Kernel.ChinaTime.ToChinaTime(h.Hour).DateTime))
            .Select(g => new BlightDay(g.Key, g.Min(h => h.TemperatureC), g.Count(h => h.HumidityPct >= 90.0),
                g.Select(h => Kernel.ChinaTime.ToChinaTime(h.Hour).Hour).Distinct().Count()))
            .OrderBy(d => d.Date)];

    static bool Known(BlightDay day) => day.HoursObserved >= 24;

    static bool Qualifies(BlightDay day, int humidHours) => day.MinTemperatureC >= 10 && day.HoursHumid >= humidHours;
}
