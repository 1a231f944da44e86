namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>
/// In a real browser on a phone-sized screen: the customer pays through the sandbox's hosted page (whose Approve makes
/// the provider side call the signed webhook, here with the secret the app generated and stored itself), and the
/// farmer starts picking the order from their page.
/// </summary>
[Trait("Category", "Browser")]
public class MarketPaymentBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_customer_pays_on_the_sandbox_page_and_the_farmer_starts_picking_from_the_phone()
    {
        using var farmerApi = await browser.App.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmerApi, available: 20, name: "测试青菜");
        using var customerApi = await browser.App.SignedInAsync(DemoAccounts.Visitor);
        using var placed = await customerApi.PostAsJsonAsync("/api/market/orders", new
        {
            lines = new[] { new { offerId = offer, quantity = 2m, unit = "kg" } }, paymentMethod = "sandbox", deliveryAddress = "杭州市西湖区文三路1号",
        });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var customer = await browser.SignedInPageAsync(DemoAccounts.Visitor, $"/market/orders/{order}", 390, 844);
        await Assertions.Expect(customer.Locator("#order-status")).ToHaveTextAsync("已下单");
        await NoSidewaysScrollAsync(customer, "order page");
        await browser.ScreenshotAsync(customer, "market-order-390");
        await customer.ClickAsync("#pay");
        await customer.WaitForURLAsync(url => url.Contains("/market/pay/sandbox/", StringComparison.Ordinal));
        await Assertions.Expect(customer.Locator("#sandbox-label")).ToContainTextAsync("no real money");
        await browser.ScreenshotAsync(customer, "market-sandbox-390");
        await customer.ClickAsync("#sandbox-approve");
        await customer.WaitForURLAsync(url => url.EndsWith($"/market/orders/{order}", StringComparison.Ordinal));
        await Assertions.Expect(customer.Locator("#order-status")).ToHaveTextAsync("已付款");

        var farmer = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/market/farmer", 390, 844);
        var card = farmer.Locator($"article[data-order='{order}']");
        await Assertions.Expect(card).ToBeVisibleAsync();
        await NoSidewaysScrollAsync(farmer, "farmer page");
        await browser.ScreenshotAsync(farmer, "market-farmer-390");
        await card.Locator("button", new() { HasText = "开始拣货" }).ClickAsync();
        await Assertions.Expect(farmer.Locator("#desk-message")).ToContainTextAsync("备货中");
        await customer.Context.CloseAsync();
        await farmer.Context.CloseAsync();
    }

    static async Task NoSidewaysScrollAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the {what} is {overflow}px wider than the phone");
    }
}
