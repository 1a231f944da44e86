namespace Tianyuan.Web.Tests;

using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;
using static TraceTestData;

/// <summary>A shopper scans the QR on a box with a phone: the item's journey in Chinese, and the label sheet a farmer prints.</summary>
[Trait("Category", "Browser")]
public class DigitalLinkBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    const string Gtin = "09521141012345";

    [Fact]
    public async Task A_scanned_box_shows_its_journey_in_Chinese_on_a_phone()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        using var farmer = await browser.App.SignedInAsync(DemoAccounts.Farmer);
        await CaptureAsync(farmer, ItemStory(Gtin, "L" + run, "S" + run));

        var phone = await browser.NewPageAsync(390, 844);
        await phone.GotoAsync($"/01/{Gtin}/10/L{run}/21/S{run}");
        // Queued for the log or logged but not yet signed: the page says it is waiting, not that it is verified.
        await Assertions.Expect(phone.Locator("#verify-badge")).ToHaveAttributeAsync("data-verified", "pending");
        await LogAndSignAsync(browser.App);
        await phone.ReloadAsync();
        await Assertions.Expect(phone.Locator("#verify-badge")).ToHaveAttributeAsync("data-verified", "true");
        var steps = phone.Locator("#trace-timeline .trace-step-what");
        await Assertions.Expect(steps).ToHaveTextAsync(["收获", "包装", "发货"]);
        await Assertions.Expect(phone.Locator("#trace-timeline")).ToContainTextAsync("温度 3.5–6.2 °C");
        await Assertions.Expect(phone.Locator("#trace-timeline")).ToContainTextAsync("2026年9月13日 08:00");
        await Assertions.Expect(phone.Locator("#scan-count")).ToContainTextAsync("2 次"); // every view counts: before and after the signing
        var overflow = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the trace page is {overflow}px wider than the phone");
        await browser.ScreenshotAsync(phone, "trace-item-390");

        // Someone edits a stored event behind the app's back: the badge turns into a visible failure.
        await using (var connection = await browser.App.OpenDatabaseAsync())
        {
            await using var update = connection.CreateCommand();
            update.CommandText = $"UPDATE {browser.App.Table("trace", "trace_epcis_event")} SET \"Json\" = REPLACE(\"Json\", '6.2', '9.9') WHERE \"Json\" LIKE '%{run}%' AND \"Json\" LIKE '%6.2%'";
            Assert.True(await update.ExecuteNonQueryAsync() >= 1);
        }

        await phone.ReloadAsync();
        await Assertions.Expect(phone.Locator("#verify-badge")).ToHaveAttributeAsync("data-verified", "false");
        await browser.ScreenshotAsync(phone, "trace-item-tampered-390");

        // A copied label: the same serial scanned by more phones than the threshold (20 by default) in a day.
        using (var others = browser.App.Client())
        {
            for (var i = 0; i < 21; i++)
            {
                using var scan = new HttpRequestMessage(HttpMethod.Get, $"/01/{Gtin}/10/L{run}/21/S{run}");
                scan.Headers.TryAddWithoutValidation("User-Agent", $"Phone {i}");
                (await others.SendAsync(scan)).Dispose();
            }
        }

        await phone.ReloadAsync();
        await Assertions.Expect(phone.Locator("#counterfeit-warning")).ToContainTextAsync("可能是仿冒品");
        await browser.ScreenshotAsync(phone, "trace-warning-390");

        await phone.GotoAsync($"/01/{Gtin}/10/NONE{run}");
        await Assertions.Expect(phone.Locator(".empty-state")).ToContainTextAsync("这个编码还没有溯源记录");
        await browser.ScreenshotAsync(phone, "trace-empty-390");
        await phone.Context.CloseAsync();

        var sheet = await browser.SignedInPageAsync(DemoAccounts.Farmer, $"/trace/labels?gtin={Gtin}&lot=L{run}&from=1&count=24&size=40x30");
        await Assertions.Expect(sheet.Locator(".trace-label svg")).ToHaveCountAsync(24);
        await browser.ScreenshotAsync(sheet, "trace-labels-1366");
        await sheet.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(sheet.Locator("#labels-form")).ToBeHiddenAsync();
        await browser.ScreenshotAsync(sheet, "trace-labels-print");
        await sheet.Context.CloseAsync();
    }
}
