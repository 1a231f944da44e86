namespace Tianyuan.DeviceSimulator.Tests;

using Tianyuan.Farm.Demo;

public class DiurnalSeriesTests
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);

    static IEnumerable<DateTimeOffset> Hours(DateTimeOffset from, int count) => Enumerable.Range(0, count).Select(h => from.AddHours(h));

    [Theory]
    [InlineData(1, "2026-01-15")]
    [InlineData(7, "2026-07-20")]
    [InlineData(42, "2026-11-26")]
    public void Temperature_is_lowest_early_in_the_morning_and_highest_in_the_afternoon_China_time(int seed, string date)
    {
        var series = new DiurnalSeries(seed);
        var day = DateTimeOffset.Parse($"{date}T00:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        var readings = Enumerable.Range(0, 24 * 60).Select(m => day.AddMinutes(m)).Select(at => (at, t: series.Temperature(at))).ToList();

        var coldest = readings.MinBy(r => r.t).at.ToOffset(China).Hour;
        var warmest = readings.MaxBy(r => r.t).at.ToOffset(China).Hour;

        Assert.InRange(coldest, 3, 6);
        Assert.InRange(warmest, 12, 15);
    }

    [Fact]
    public void Soil_moisture_stays_within_5_and_45_percent_and_humidity_within_20_and_100_over_a_year()
    {
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var seed in new[] { 1, 2, 3, 99 })
        {
            var series = new DiurnalSeries(seed);
            foreach (var at in Hours(from, 24 * 365))
            {
                Assert.InRange(series.SoilMoisture(at), 5, 45);
                Assert.InRange(series.Humidity(at), 20, 100);
            }
        }
    }

    [Fact]
    public void Soil_dries_by_day_between_01_and_03_percent_an_hour_and_jumps_when_irrigated()
    {
        var series = new DiurnalSeries(5);
        var from = new DateTimeOffset(2026, 6, 1, 0, 0, 0, China);
        var hourly = Hours(from, 24 * 14).Select(series.SoilMoisture).ToList();
        var changes = hourly.Zip(hourly.Skip(1), (a, b) => b - a).ToList();

        Assert.Contains(changes, c => c > 5);
        // A daytime hour: noise of ±0.2 either side on top of the 0.1–0.3 drying.
        var noon = from.AddHours(10);
        Assert.InRange(series.SoilMoisture(noon) - series.SoilMoisture(noon.AddHours(1)), 0.1 - 0.4, 0.3 + 0.4);
    }

    [Fact]
    public void A_seed_always_gives_the_same_values_and_another_seed_different_ones()
    {
        var at = new DateTimeOffset(2026, 11, 26, 6, 30, 0, TimeSpan.Zero);
        var a = new DiurnalSeries(17).Sample("soil-moisture", at);

        Assert.Equal(a, new DiurnalSeries(17).Sample("soil-moisture", at));
        Assert.NotEqual(a, new DiurnalSeries(18).Sample("soil-moisture", at));
    }

    [Fact]
    public void Stations_send_temperature_and_humidity_and_soil_nodes_soil_moisture_and_battery()
    {
        var series = new DiurnalSeries(3);
        var at = DateTimeOffset.UtcNow;

        Assert.Equal(["temperature:Cel", "humidity:%RH"], series.Sample("weather-station", at).Select(r => $"{r.Quantity}:{r.Unit}"));
        Assert.Equal(["soil-moisture:%VWC", "battery:%EL"], series.Sample("soil-moisture", at).Select(r => $"{r.Quantity}:{r.Unit}"));
        Assert.InRange(series.Battery(at), 25, 100);
    }
}
