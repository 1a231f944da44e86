namespace Tianyuan.Stays.Demo;

/// <summary>
/// How busy a rural stay is on a given night, 0..1, for the demo history: the peaks Chinese travel has (Spring
/// Festival, Qingming, May Day, the summer holidays, National Day golden week) and busier weekends.
/// </summary>
static class DemoSeasons
{
    public static double Demand(DateOnly night)
    {
        var (m, d) = (night.Month, night.Day);
        var baseline = (m, d) switch
        {
            (10, <= 7) => 0.9,
            (5, <= 5) => 0.85,
            (1, >= 25) or (2, <= 15) => 0.7,
            (4, >= 3 and <= 6) => 0.6,
            (7, _) or (8, _) => 0.5,
            (12, _) or (3, _) or (11, _) => 0.05,
            _ => 0.15,
        };
        var weekend = night.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday ? 0.3 : 0;
        return Math.Min(0.97, baseline + weekend);
    }

    /// <summary>The seasons every demo room type is priced with, for the year of <paramref name="year"/>.</summary>
    public static IEnumerable<(string Name, DateOnly From, DateOnly Until, decimal Factor, int MinNights)> For(int year) =>
    [
        ("春节", new DateOnly(year, 1, 25), new DateOnly(year, 2, 15), 1.6m, 2),
        ("五一", new DateOnly(year, 5, 1), new DateOnly(year, 5, 6), 1.5m, 2),
        ("暑期", new DateOnly(year, 7, 1), new DateOnly(year, 9, 1), 1.2m, 1),
        ("国庆", new DateOnly(year, 10, 1), new DateOnly(year, 10, 8), 1.8m, 2),
    ];
}
