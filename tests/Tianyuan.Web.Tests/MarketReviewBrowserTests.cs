namespace Tianyuan.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>A customer reviews a completed order from its page on a phone and finds the review on the product page.</summary>
[Trait("Category", "Browser")]
public class MarketReviewBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_customer_rates_a_completed_line_from_the_order_page_and_sees_the_review_on_the_product_page()
    {
        using var farmer = await browser.App.SignedInAsync(DemoAccounts.Farmer);
        var name = $"测试评价{Guid.NewGuid().ToString("N")[..4]}";
        var offer = await NewOfferAsync(farmer, available: 10, name: name);
        using var customer = await browser.App.SignedInAsync(DemoAccounts.Visitor);
        var (order, line) = await CompletedDeliveryOrderAsync(farmer, customer, offer, 1m);

        var page = await browser.SignedInPageAsync(DemoAccounts.Visitor, $"/market/orders/{order}", 390, 844);
        var form = page.Locator($"form[data-review-line='{line}']");
        await Assertions.Expect(form).ToBeVisibleAsync();
        await form.Locator("input[name=rating][value='4']").CheckAsync();
        await form.Locator("textarea[name=text]").FillAsync("番茄沙甜，包装也好。");
        await browser.ScreenshotAsync(page, "market-order-review-390");
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-reviewed-line='{line}']")).ToBeVisibleAsync();
        await Assertions.Expect(form).ToHaveCountAsync(0);

        using var anonymous = browser.App.Client();
        var product = (await anonymous.GetFromJsonAsync<JsonElement>($"/api/market/offers?q={Uri.EscapeDataString(name)}"))
            .GetProperty("items")[0].GetProperty("productId").GetGuid();
        await page.GotoAsync($"{browser.App.BaseUrl}/market/products/{product}");
        var reviews = page.Locator("#reviews");
        await Assertions.Expect(reviews).ToContainTextAsync("番茄沙甜，包装也好。");
        await Assertions.Expect(reviews.Locator(".stars").Last).ToHaveTextAsync("★★★★☆");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the product page is {overflow}px wider than the phone");
        await browser.ScreenshotAsync(page, "market-product-reviews-390");
        await page.Context.CloseAsync();
    }
}
