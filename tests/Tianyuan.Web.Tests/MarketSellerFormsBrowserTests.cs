namespace Tianyuan.Web.Tests;

using System.Globalization;
using Microsoft.Playwright;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Demo;

/// <summary>
/// A farmer on a phone lists a product (a bad price is named next to its field, then fixed), counts the stock on
/// the products page, and starts a group-buy of it whose page shows the share QR.
/// </summary>
[Trait("Category", "Browser")]
public class MarketSellerFormsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_farmer_lists_a_product_fixes_its_price_sets_stock_and_starts_a_group_buy_from_a_phone()
    {
        const string name = "表单测试猕猴桃";
        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/market/farmer/products/new", 390, 844);
        await page.FillAsync("#name", name);
        await page.SelectOptionAsync("#village", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#offer-0-name", "一级果 · 称重");
        await page.FillAsync("#offer-0-price", "0");
        await page.FillAsync("#offer-0-available", "20");
        await page.ClickAsync("#create-product");
        await Assertions.Expect(page.Locator("[id='offers[0].unitPrice-error']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#offer-0-price")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#offer-0-name")).ToHaveValueAsync("一级果 · 称重");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the product form is {overflow}px wider than the phone");
        await page.Locator("#offer-0-price").ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync(page, "market-seller-product-error-390");

        await page.FillAsync("#offer-0-price", "12.5");
        await page.ClickAsync("#create-product");
        await page.WaitForURLAsync(url => url.Contains("/market/products/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(name);

        await page.GotoAsync($"/market/farmer/products?q={Uri.EscapeDataString(name)}");
        var offer = page.Locator(".seller-offer").First;
        await Assertions.Expect(offer).ToContainTextAsync("可售 20");
        await offer.Locator("input[name=available]").FillAsync("35");
        await offer.Locator("button[id^=set-stock]").ClickAsync();
        await Assertions.Expect(page.Locator(".seller-offer").First).ToContainTextAsync("可售 35");
        await browser.ScreenshotAsync(page, "market-seller-products-390");

        await page.GotoAsync("/market/campaigns");
        await page.ClickAsync("#new-campaign-link");
        await page.WaitForURLAsync(url => url.EndsWith("/market/campaigns/new", StringComparison.Ordinal));
        var cutOff = DateTimeOffset.UtcNow.AddHours(3).ToChinaTime();
        await page.FillAsync("#title", "表单测试周末团");
        await page.FillAsync("#cut-off", cutOff.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.FillAsync("#pickup", cutOff.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await browser.ScreenshotAsync(page, "market-seller-campaign-form-390");
        var row = page.Locator(".campaign-offer", new() { HasText = name });
        await row.Locator("input[type=checkbox]").CheckAsync();
        await row.Locator("input[type=number]").FillAsync("10.5");
        await page.ClickAsync("#create-campaign");
        await page.WaitForURLAsync(url => !url.EndsWith("/new", StringComparison.Ordinal) && url.Contains("/market/campaigns/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".qr svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#share-link")).ToContainTextAsync("/market/g/");
        await browser.ScreenshotAsync(page, "market-seller-campaign-390");
        await page.Context.CloseAsync();
    }
}
