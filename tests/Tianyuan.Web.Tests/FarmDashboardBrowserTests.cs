namespace Tianyuan.Web.Tests;

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;

/// <summary>The Farm issue's dashboard: the plot map coloured from current data, and charts with zoom.</summary>
[Trait("Category", "Browser")]
public class FarmDashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_plot_map_colours_each_plot_by_moisture_or_by_growth_stage()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/farm", 1366, 900);

        var shapes = page.Locator(".map-canvas a[data-map-plot]");
        await Assertions.Expect(shapes).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++)
        {
            // The colour band is the same verdict the plot's card gives (偏干, the card marked dry: irrigate).
            var id = await shapes.Nth(i).GetAttributeAsync("data-map-plot");
            var band = await shapes.Nth(i).Locator(".map-plot").GetAttributeAsync("data-band");
            var card = await page.Locator($"article#plot-{id}").GetAttributeAsync("class") ?? "";
            Assert.Equal(card.Contains("plot-dry", StringComparison.Ordinal), band == "dry");
            await Assertions.Expect(shapes.Nth(i).Locator("[data-map-value]")).ToHaveTextAsync(new Regex(@"^\d+\.\d%$"));
        }

        var moistureFill = await page.EvalOnSelectorAsync<string>(".map-canvas .map-plot", "p => getComputedStyle(p).fill");
        await Assertions.Expect(page.Locator(".legend-moisture")).ToBeVisibleAsync();
        await page.Locator(".map-modes label").Nth(1).ClickAsync();
        await Assertions.Expect(page.Locator(".legend-stage")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".legend-moisture")).ToBeHiddenAsync();
        // The colours change (after their short transition).
        await page.WaitForFunctionAsync("f => getComputedStyle(document.querySelector('.map-canvas .map-plot')).fill !== f", moistureFill);
        await browser.ScreenshotAsync(page, "farm-map-stage-1366");

        // A plot on the map leads to its card.
        var first = await shapes.First.GetAttributeAsync("data-map-plot");
        await shapes.First.ClickAsync();
        Assert.EndsWith($"#plot-{first}", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_farmer_reads_a_week_of_soil_moisture_then_zooms_into_a_day()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/farm", 390, 844);
        var chart = page.Locator("[data-series-chart]").First;
        var status = chart.Locator("[data-series-status]");

        // A week of the first plot's soil moisture, as hourly averages with their range.
        await Assertions.Expect(chart.Locator("select[data-series-pick] option").First).ToContainTextAsync("土壤湿度");
        await Assertions.Expect(status).ToContainTextAsync("每小时平均");
        var line = chart.Locator("path.series-line");
        Assert.True(Regex.Count(await line.GetAttributeAsync("d") ?? "", "L") > 24, "a week of hourly points draws a line");
        await Assertions.Expect(chart.Locator("path.series-band")).ToHaveCountAsync(1);
        await browser.ScreenshotAsync(page, "farm-chart-390");

        // Dragging across a stretch of the chart zooms in; short spans come as raw readings.
        // In the middle of the screen: at the bottom edge the phone's tab bar would take the drag (alerts above push
        // the chart down when a plot is dry).
        await chart.Locator("svg.series-svg").EvaluateAsync("svg => svg.scrollIntoView({ block: 'center' })");
        var box = (await chart.Locator("svg.series-svg").BoundingBoxAsync())!;
        var before = await status.InnerTextAsync();
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.80f), box.Y + (box.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.85f), box.Y + (box.Height / 2), new() { Steps = 5 });
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.90f), box.Y + (box.Height / 2), new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(status).ToContainTextAsync("原始读数");
        Assert.NotEqual(before, await status.InnerTextAsync());
        await Assertions.Expect(chart.Locator("[data-series-reset]")).ToBeVisibleAsync();
        StringAssert(await chart.Locator("[data-series-csv]").GetAttributeAsync("href"), "resolution=raw", "format=csv");

        // Another series and a year: the weather station's temperature as daily averages.
        await chart.Locator("select[data-series-pick]").SelectOptionAsync(new SelectOptionValue { Index = await IndexOfAsync(chart, "气温") });
        await chart.Locator("[data-range-days='365']").ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("每天平均");
        await Assertions.Expect(chart.Locator("path.series-line")).ToHaveCountAsync(1);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone");
        await browser.ScreenshotAsync(page, "farm-chart-year-390");
        await page.Context.CloseAsync();
    }

    static void StringAssert(string? value, params string[] parts) =>
        Assert.All(parts, part => Assert.Contains(part, value ?? "", StringComparison.Ordinal));

    static async Task<int> IndexOfAsync(ILocator chart, string text)
    {
        var options = await chart.Locator("select[data-series-pick] option").AllInnerTextsAsync();
        return options.Select((o, i) => (o, i)).First(x => x.o.Contains(text, StringComparison.Ordinal)).i;
    }
}
