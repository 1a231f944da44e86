namespace Tianyuan.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;

/// <summary>
/// The demo as a fresh install seeds it (Farm:Demo:HistoryDays at its default of a year, where the other tests seed a
/// week): a year of daily rollups per demo sensor with the seasons in them, rollups that agree with the raw readings,
/// and the year's temperature chart on /farm.
/// </summary>
public class FarmDemoHistoryTests(FarmYearFixture fixture) : IClassFixture<FarmYearFixture>
{
    [Fact]
    public async Task A_fresh_demo_farm_has_a_year_of_daily_history_with_its_seasons_and_rollups_matching_the_readings()
    {
        using var farmer = await fixture.App.SignedInAsync(DemoAccounts.Farmer);
        var devices = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/devices")).EnumerateArray().ToList();
        var station = devices.First(d => d.GetProperty("kind").GetString() == "weather-station").GetProperty("id").GetGuid();
        var soil = devices.First(d => d.GetProperty("kind").GetString() == "soil-moisture").GetProperty("id").GetGuid();

        // The farm's year at day resolution (the API's default window for days is the last 365 days).
        var days = await PointsAsync(farmer, station, "temperature", "day");
        Assert.InRange(days.Count, 365, 366);
        // Whole China days in between hold a reading an hour; the first and today are partial.
        Assert.All(days.Skip(1).SkipLast(1), d => Assert.Equal(24, d.GetProperty("count").GetInt64()));
        double Mean(int month) => days.Where(d => d.GetProperty("t").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).Month == month).Average(d => d.GetProperty("avg").GetDouble());
        Assert.True(Mean(7) - Mean(1) > 15, $"July {Mean(7):0.0} °C should be far warmer than January {Mean(1):0.0} °C");
        Assert.All(await PointsAsync(farmer, soil, "soil-moisture", "day"), d => Assert.InRange(d.GetProperty("min").GetDouble(), 5, 45));

        // Yesterday's hourly rollups are exactly its raw readings (one an hour).
        var now = DateTimeOffset.UtcNow;
        var to = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddDays(-1);
        var window = $"&from={Uri.EscapeDataString(to.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}";
        var raw = await PointsAsync(farmer, soil, "soil-moisture", "raw", window);
        var hours = await PointsAsync(farmer, soil, "soil-moisture", "hour", window);
        Assert.Equal(24, raw.Count);
        Assert.Equal(raw.Select(r => r.GetProperty("v").GetDouble()), hours.Select(h => h.GetProperty("avg").GetDouble()));
    }

    [Fact]
    [Trait("Category", "Browser")]
    public async Task The_farm_page_charts_the_year_and_says_which_month_was_warmest()
    {
        foreach (var (width, height) in new[] { (1366, 900), (390, 844) })
        {
            var page = await fixture.SignedInPageAsync(DemoAccounts.Farmer, "/farm", width, height);
            var chart = page.Locator("[data-year-chart]").First;
            await Assertions.Expect(chart.Locator("figcaption")).ToContainTextAsync("7月最暖");
            await Assertions.Expect(chart.Locator("figcaption")).ToContainTextAsync("1月最冷");
            await chart.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"farm-year-{width}.png") });
            // The table behind the chart: the year month by month (13 when the year began mid-month).
            await chart.Locator("summary").ClickAsync();
            Assert.InRange(await chart.Locator("tbody tr").CountAsync(), 12, 13);
            await chart.Locator("tbody tr").First.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"farm-year-table-{width}.png") });
            await page.Context.CloseAsync();
        }
    }

    static async Task<List<JsonElement>> PointsAsync(HttpClient farmer, Guid sensor, string quantity, string resolution, string window = "") =>
        [.. (await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{sensor}/series?quantity={quantity}&resolution={resolution}{window}"))
            .GetProperty("points").EnumerateArray()];
}

/// <summary>The browser and app of <see cref="BrowserFixture"/>, with the demo's default year of farm history.</summary>
public sealed class FarmYearFixture : BrowserFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Farm:Demo:HistoryDays"] = null };
}
