namespace Tianyuan.Farm.Tests;

using Tianyuan.Farm.Agronomy;

/// <summary>Pest phenology from degree-days after a biofix, and late blight risk by the Hutton and Smith rules.</summary>
public class PestAndBlightTests
{
    static readonly DateOnly Biofix = new(2026, 4, 1);

    static List<DayTemperatures> Days(int count, double min, double max) =>
        [.. Enumerable.Range(0, count).Select(i => new DayTemperatures(Biofix.AddDays(i), min, max))];

    [Fact]
    public void Codling_moth_first_egg_hatch_comes_at_250_degree_days_after_the_biofix()
    {
        // 50–70 °F every day: exactly 10 °F degree-days a day above the 50 °F threshold.
        var stage = PestModels.Evaluate(PestModel.CodlingMoth, Biofix, Days(40, 50, 70), celsius: false);
        Assert.Equal(400, stage.DegreeDaysF, 6);
        var hatch = stage.Events.Single(e => e.Event.Key == "first-egg-hatch");
        Assert.Equal(Biofix.AddDays(24), hatch.ReachedOn);
        Assert.Null(stage.Events.Single(e => e.Event.Key == "peak-egg-laying").ReachedOn);
    }

    [Fact]
    public void Celsius_weather_gives_the_same_stages_as_the_same_weather_in_Fahrenheit()
    {
        var celsius = PestModels.Evaluate(PestModel.PeachTwigBorer, Biofix, Days(60, 10, 25), celsius: true);
        var fahrenheit = PestModels.Evaluate(PestModel.PeachTwigBorer, Biofix, Days(60, 50, 77), celsius: false);
        Assert.Equal(fahrenheit.DegreeDaysF, celsius.DegreeDaysF, 6);
        Assert.Equal(fahrenheit.Events.Select(e => e.ReachedOn), celsius.Events.Select(e => e.ReachedOn));
        Assert.NotNull(celsius.Events.Single(e => e.Event.Key == "spring-spray").ReachedOn);
    }

    [Fact]
    public void Days_before_the_biofix_do_not_count() =>
        Assert.Equal(0, PestModels.Evaluate(PestModel.CodlingMoth, Biofix.AddDays(100), Days(40, 50, 70), celsius: false).DegreeDaysF);

    static BlightDay Day(int offset, double tmin, int humidHours, int observed = 24) => new(Biofix.AddDays(offset), tmin, humidHours, observed);

    [Fact]
    public void Hutton_needs_two_days_of_10_degrees_and_6_humid_hours_Smith_needs_11()
    {
        var (periods, _) = LateBlight.Evaluate([Day(0, 11.0, 7), Day(1, 10.2, 6)]);
        Assert.Equal([new BlightPeriod(LateBlight.Hutton, Biofix.AddDays(1))], periods);
    }

    [Fact]
    public void A_cold_first_day_breaks_the_period()
    {
        var (periods, _) = LateBlight.Evaluate([Day(0, 9.9, 12), Day(1, 12, 12)]);
        Assert.Empty(periods);
    }

    [Fact]
    public void Three_qualifying_days_make_two_rolling_periods()
    {
        var (periods, _) = LateBlight.Evaluate([Day(0, 12, 12), Day(1, 12, 12), Day(2, 12, 12)]);
        Assert.Equal([Biofix.AddDays(1), Biofix.AddDays(2)], periods.Where(p => p.Rule == LateBlight.Hutton).Select(p => p.EndsOn));
        Assert.Equal(2, periods.Count(p => p.Rule == LateBlight.Smith));
    }

    [Fact]
    public void Hourly_readings_count_90_percent_as_humid_and_a_day_with_gaps_is_unknown_not_safe()
    {
        var start = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var hours = Enumerable.Range(0, 48)
            .Where(h => h != 30) // one hour missing on the second day
            .Select(h => (start.AddHours(h), 12.0, h % 24 < 8 ? 90.0 : 70.0)).ToList();
        var days = LateBlight.FromHourly(hours);
        Assert.Equal([8, 7], days.Select(d => d.HoursHumid)); // the missing hour was a humid one
        Assert.Equal([24, 23], days.Select(d => d.HoursObserved));

        var (periods, unknown) = LateBlight.Evaluate(days);
        Assert.Empty(periods);
        Assert.Equal([DateOnly.FromDateTime(start.AddDays(1).DateTime)], unknown);
    }
}
