namespace Tianyuan.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;

/// <summary>The Farm issue's "an adoption can be bought and watched", in a real browser on a phone.</summary>
[Trait("Category", "Browser")]
public class FarmAdoptionBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_family_adopts_a_peach_tree_in_the_shop_and_then_watches_its_plot()
    {
        using var farmer = await browser.App.SignedInAsync(DemoAccounts.Farmer);
        var plot = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items")[0];
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using var published = await farmer.PostAsJsonAsync($"/api/farm/farms/{plot.GetProperty("farmId").GetGuid()}/adoption-plans", new
        {
            plotId = plot.GetProperty("id").GetGuid(), kind = "tree", nameZh = "认养一棵浏览器桃树", seasonFrom = today, seasonUntil = today.AddMonths(6),
            price = 299m, promisedYield = 20m, yieldUnit = "斤", units = 3,
        });
        var plan = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = await browser.SignedInPageAsync(DemoAccounts.Visitor, "/farm/adopt", 390, 844);
        var card = page.Locator($"[data-plan='{plan}']");
        await Assertions.Expect(card).ToContainTextAsync("还剩 3/3");
        await browser.ScreenshotAsync(page, "farm-adopt-390");
        await card.Locator("a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("认养一棵浏览器桃树");
        await page.FillAsync("#quantity", "1");
        await page.ClickAsync("#add-button");
        await page.ClickAsync("#go-to-cart");
        await page.FillAsync("#phone", "13800138000");
        await page.FillAsync("#address", "青溪县城丽阳小区3幢");
        await page.ClickAsync("#place-order");
        await page.WaitForURLAsync(url => url.Contains("/market/orders/", StringComparison.Ordinal));

        // The adoption follows the order through the outbox: reload until it is there (the family may have adopted elsewhere too).
        await page.GotoAsync("/farm/adoptions");
        var adoption = page.Locator("[data-adoption]", new() { HasText = "认养一棵浏览器桃树" });
        for (var i = 0; i < 50 && await adoption.CountAsync() == 0; i++)
        {
            await Task.Delay(200);
            await page.ReloadAsync();
        }

        await adoption.First.ClickAsync();
        await Assertions.Expect(page.Locator("#unit-number")).ToHaveTextAsync("01");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("认养一棵浏览器桃树");
        Assert.True(await page.Locator("#live-values dd").CountAsync() > 0 || await page.Locator("#no-live").IsVisibleAsync());
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the adoption page is {overflow}px wider than the phone");
        await browser.ScreenshotAsync(page, "farm-adoption-390");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_adoption_page_shows_the_plots_latest_snapshot_the_live_stream_and_what_harvest_and_visits_need()
    {
        using var farmer = await browser.App.SignedInAsync(DemoAccounts.Farmer);
        using var family = await FarmSnapshotTestData.FamilyAsync(browser.App);
        var adopted = await FarmSnapshotTestData.AdoptedPlotAsync(farmer, family, "https://live.example.cn/peach-orchard");
        using var posted = await FarmSnapshotTestData.CameraPostAsync(browser.App, adopted.Camera, adopted.CameraKey,
            FarmSnapshotTestData.Upload(FarmSnapshotTestData.Jpeg()));
        Assert.Equal(System.Net.HttpStatusCode.Created, posted.StatusCode);

        foreach (var (width, height) in new[] { (390, 844), (1366, 900) })
        {
            var page = await browser.SignedInPageAsync(DemoAccounts.Visitor, $"/farm/adoptions/{adopted.Adoption}", width, height);
            var photo = page.Locator("#snapshot-gallery img").First;
            // "complete" is also true for a broken image, so wait for it and then check the image has pixels.
            await Assertions.Expect(photo).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await photo.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the snapshot loads for the family");
            await Assertions.Expect(page.Locator("#snapshot-gallery [data-taken]").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{1,2}月\d{1,2}日 \d{2}:\d{2}"));
            await Assertions.Expect(page.Locator("#watch-live")).ToHaveAttributeAsync("href", "https://live.example.cn/peach-orchard");
            await Assertions.Expect(page.Locator("#visit-not-yet")).ToContainTextAsync("乡村体验");
            await Assertions.Expect(page.Locator("#harvest-shipping a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/market/orders/"));
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"the adoption page is {overflow}px wider than the window at {width}px");
            await browser.ScreenshotAsync(page, $"farm-adoption-snapshot-{width}");
            await page.Context.CloseAsync();
        }
    }
}
