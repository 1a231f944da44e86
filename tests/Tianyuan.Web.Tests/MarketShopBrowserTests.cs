namespace Tianyuan.Web.Tests;

using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;

/// <summary>The shop in a real browser: search, a product page, ordering in 斤 from a kg offer, the cart and checkout.</summary>
[Trait("Category", "Browser")]
public class MarketShopBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_customer_finds_peaches_adds_three_jin_to_the_cart_and_places_a_pickup_order_from_a_phone()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Visitor, "/market", 390, 844);
        await Assertions.Expect(page.Locator(".product-card").First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the shop is {overflow}px wider than the phone");
        await browser.ScreenshotAsync(page, "market-shop-390");

        await page.FillAsync("#q", "脐橙");
        await page.ClickAsync("#search-products");
        await Assertions.Expect(page.Locator(".product-card").First).ToContainTextAsync("脐橙");
        await page.Locator(".product-card-link").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("脐橙");
        Assert.Equal("尚未接入溯源", (await page.Locator("#traceability").InnerTextAsync()).Trim());

        // Navel oranges are sold by the kg from 2.5 kg in 0.5 kg steps: 4 斤 is 2 kg, below the minimum.
        await page.FillAsync("#quantity", "4");
        await page.SelectOptionAsync("#unit", "斤");
        await page.ClickAsync("#add-button");
        await Assertions.Expect(page.Locator("#quantity-error")).ToContainTextAsync("2.5");
        await page.FillAsync("#quantity", "6");
        await page.SelectOptionAsync("#unit", "斤");
        await page.ClickAsync("#add-button");
        await Assertions.Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "market-product-390");

        await page.ClickAsync("#go-to-cart");
        await Assertions.Expect(page.Locator("#q-0")).ToHaveValueAsync("3");
        await page.ClickAsync("#place-order");
        await Assertions.Expect(page.Locator("#checkout-error")).ToBeVisibleAsync(); // neither a point nor an address
        await page.SelectOptionAsync("#point", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#phone", "13800138000");
        await browser.ScreenshotAsync(page, "market-cart-390");
        await page.ClickAsync("#place-order");
        await page.WaitForURLAsync(url => url.Contains("/market/orders/", StringComparison.Ordinal));
        await page.GotoAsync("/market/cart");
        await Assertions.Expect(page.Locator(".empty-state")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_shop_on_a_desktop_filters_by_category_and_pages()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.App.BaseUrl}/market?category=tea");
        var cards = page.Locator(".product-card");
        await Assertions.Expect(cards.First).ToBeVisibleAsync();
        Assert.All(await page.Locator(".product-mark").AllAsync(), _ => { });
        await browser.ScreenshotAsync(page, "market-shop-1366");
        await page.GotoAsync($"{browser.App.BaseUrl}/market?q=nothing-like-this");
        await Assertions.Expect(page.Locator(".empty-state")).ToContainTextAsync("没有找到");
        await page.Context.CloseAsync();
    }
}
