namespace Tianyuan.Web.Tests;

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Demo;

/// <summary>
/// A farmer on a phone publishes a pre-sale from the desk (through the list of their pre-sales) (a maximum that is not a multiple of the step is named next
/// to its field, the rest kept, then fixed with a deposit as a percent), lands on its page, and shoppers find it listed.
/// </summary>
[Trait("Category", "Browser")]
public class MarketPreSaleFormBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_farmer_publishes_a_pre_sale_from_a_phone_fixes_the_limit_and_shoppers_find_it()
    {
        var name = "表单预售糯玉米" + Guid.NewGuid().ToString("N")[..6];
        var today = DateTimeOffset.UtcNow.ToChinaTime();
        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/market/farmer", 390, 844);
        // The desk leads to the farm's pre-sales, whose button opens the form.
        await page.ClickAsync("#my-presales-link");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/market/farmer/presales");
        await page.ClickAsync("#new-presale-button");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/market/farmer/presales/new");

        await page.FillAsync("#product", name);
        await page.FillAsync("#variety", "京科糯 2000");
        await page.SelectOptionAsync("#village", new SelectOptionValue { Index = 1 });
        await page.SelectOptionAsync("#unit", "斤");
        // The unit beside every quantity and price follows the chosen unit.
        await Assertions.Expect(page.Locator("[data-unit-of=unit]").First).ToHaveTextAsync("斤");
        await page.FillAsync("#expected-yield", "2000");
        await page.FillAsync("#price", "6.8");
        await page.FillAsync("#step", "5");
        await page.FillAsync("#max-per-customer", "12");
        await page.FillAsync("#deposit-yuan", "2");
        await page.FillAsync("#delivery-from", today.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#delivery-until", today.AddDays(75).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ClickAsync("#create-presale");
        await Assertions.Expect(page.Locator("[id='maxPerCustomer-error']")).ToContainTextAsync("5 的整数倍");
        await Assertions.Expect(page.Locator("#max-per-customer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#product")).ToHaveValueAsync(name);
        await Assertions.Expect(page.Locator("#unit")).ToHaveValueAsync("斤");
        await Assertions.Expect(page.Locator("#price")).ToHaveValueAsync("6.8");
        await Assertions.Expect(page.Locator("#deposit-yuan")).ToHaveValueAsync("2");
        await Assertions.Expect(page.Locator("[data-unit-of=unit]").First).ToHaveTextAsync("斤");
        await Assertions.Expect(page.Locator(".field-error")).ToHaveCountAsync(1);
        await AssertFitsAsync(page);
        await page.Locator("#max-per-customer").ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync(page, "market-seller-presale-error-390");

        await page.FillAsync("#max-per-customer", "20");
        await page.CheckAsync("#deposit-percent-mode");
        await page.FillAsync("#deposit-percent", "25");
        await page.ClickAsync("#create-presale");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/market/presales/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("#presale-message")).ToContainTextAsync("预售已发布");
        // 25% of ¥6.80 is fixed now as ¥1.70 a jin.
        await Assertions.Expect(page.Locator(".detail-grid")).ToContainTextAsync("¥1.70");
        await Assertions.Expect(page.Locator(".detail-grid")).ToContainTextAsync("¥6.80");
        await AssertFitsAsync(page);
        await browser.ScreenshotAsync(page, "market-seller-presale-390");
        var id = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1]);
        await page.Context.CloseAsync();

        // Shoppers find it among the pre-sales taking orders (paged, closing soonest first).
        using var anonymous = browser.App.Client();
        JsonElement? listed = null;
        for (var n = 1; listed is null; n++)
        {
            var list = await anonymous.GetFromJsonAsync<JsonElement>($"/api/market/presales?page={n}&pageSize=100");
            var items = list.GetProperty("items").EnumerateArray().ToList();
            Assert.NotEmpty(items);
            listed = items.FirstOrDefault(s => s.GetProperty("id").GetGuid() == id) is { ValueKind: JsonValueKind.Object } found ? found : null;
        }

        Assert.Equal(name, listed.Value.GetProperty("productName").GetString());
        Assert.Equal("斤", listed.Value.GetProperty("unit").GetString());
        Assert.Equal(1.7m, listed.Value.GetProperty("depositPerUnit").GetDecimal());
        Assert.Equal(20m, listed.Value.GetProperty("maxPerCustomer").GetDecimal());
        Assert.Equal(5m, listed.Value.GetProperty("step").GetDecimal());

        var wide = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/market/farmer/presales/new", 1366, 900);
        await Assertions.Expect(wide.Locator("#create-presale")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(wide, "market-seller-presale-form-1366");
        await wide.Context.CloseAsync();
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the pre-sale page is {overflow}px wider than the phone");
    }
}
