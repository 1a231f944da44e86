namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;

/// <summary>A farmer's diary, through the farm page's form, on the consumer page of the lot: in a real browser.</summary>
[Trait("Category", "Browser")]
public class FarmDiaryTraceBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    const string Gtin = "09521141012345";

    [Fact]
    public async Task A_harvest_written_in_the_farm_diary_shows_its_plots_sprays_on_the_lots_consumer_page()
    {
        using var farmer = await browser.App.SignedInAsync(DemoAccounts.Farmer);
        var farm = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items")[0].GetProperty("farmId").GetGuid();
        var plotName = "溯源地" + Guid.NewGuid().ToString("N")[..4];
        using var plot = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/plots", new { name = plotName, areaMu = 2, soilType = "壤土", fieldCapacity = 0.27, wiltingPoint = 0.12 });
        Assert.Equal(HttpStatusCode.Created, plot.StatusCode);
        var plotId = (await plot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using var sprayed = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/diary", new
        {
            plotId, kind = "spraying", day = today.AddDays(-3), product = "苦参碱可溶液剂", amount = "1500 倍液", withdrawalDays = 10,
        });
        Assert.Equal(HttpStatusCode.Created, sprayed.StatusCode);

        // The harvest into a lot, written on the farm page's diary form.
        var lot = "B" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/farm", 390, 844);
        var diary = page.Locator("details.diary", new() { Has = page.Locator($"option[value='{plotId}']") });
        if (await diary.GetAttributeAsync("open") is null)
            await diary.Locator("summary").ClickAsync();
        await diary.Locator("select").First.SelectOptionAsync("harvest");
        await diary.Locator("select").Nth(1).SelectOptionAsync(plotId.ToString());
        await diary.Locator("input[maxlength='40'][placeholder]").FillAsync("120 kg");
        await diary.Locator("input[maxlength='20']").FillAsync(lot);
        await diary.Locator("input[maxlength='14']").FillAsync(Gtin);
        await browser.ScreenshotAsync(page, "farm-diary-trace-390");
        await diary.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("details.diary", new() { Has = page.Locator($"option[value='{plotId}']") }).Locator(".alert-success")).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        foreach (var (width, height) in new[] { (390, 844), (1366, 900) })
        {
            var consumer = await browser.NewPageAsync(width, height);
            // The outbox records the harvest in Trace after the diary's commit: reload until the inputs are listed.
            await consumer.GotoAsync($"/01/{Gtin}/10/{lot}");
            for (var i = 0; i < 50 && await consumer.Locator("#trace-inputs").CountAsync() == 0; i++)
            {
                await Task.Delay(200);
                await consumer.ReloadAsync();
            }

            await Assertions.Expect(consumer.Locator("#trace-inputs li").First).ToContainTextAsync("苦参碱可溶液剂");
            await Assertions.Expect(consumer.Locator("#trace-inputs li").First).ToHaveAttributeAsync("data-withdrawal", "Violated");
            await Assertions.Expect(consumer.Locator("#trace-timeline")).ToContainTextAsync("收获");
            await Assertions.Expect(consumer.Locator("#trace-timeline")).ToContainTextAsync(plotName); // the field by name, not its URI
            var overflow = await consumer.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"the consumer page is {overflow}px wider than the window at {width}px");
            // The withdrawal verdict is a sentence: on a phone it wraps inside the list instead of running past its edge.
            Assert.True(await consumer.Locator("#trace-inputs li .badge").First.EvaluateAsync<bool>(
                "b => b.getBoundingClientRect().right <= b.closest('#trace-inputs').getBoundingClientRect().right + 0.5"), $"the withdrawal badge runs past the list at {width}px");
            await browser.ScreenshotAsync(consumer, $"trace-lot-inputs-{width}");
            await consumer.Context.CloseAsync();
        }
    }
}
