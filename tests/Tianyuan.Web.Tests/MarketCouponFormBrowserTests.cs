namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>
/// A farmer on a phone issues a coupon from the desk's coupons page (an amount above the minimum spend is named next
/// to its field, the rest kept, then fixed), sees it on top of the list, and a customer's order takes it.
/// </summary>
[Trait("Category", "Browser")]
public class MarketCouponFormBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_farmer_issues_a_coupon_from_a_phone_fixes_its_value_and_a_customer_order_takes_it()
    {
        // Typed in lower case: the code is stored (and listed) upper case, as customers may type it either way.
        var code = "FORM" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/market/farmer", 390, 844);
        await page.ClickAsync("#my-coupons-link");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/market/farmer/coupons");

        await page.FillAsync("#code", code.ToLowerInvariant());
        await page.FillAsync("#value", "8");
        await page.FillAsync("#min-spend", "5");
        await page.FillAsync("#total-limit", "50");
        await page.FillAsync("#description", "表单测试 · 老顾客专享");
        await page.ClickAsync("#create-coupon");
        await Assertions.Expect(page.Locator("#value-error")).ToContainTextAsync("减免金额不能高于最低消费");
        await Assertions.Expect(page.Locator("#value")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#code")).ToHaveValueAsync(code.ToLowerInvariant());
        await Assertions.Expect(page.Locator("#total-limit")).ToHaveValueAsync("50");
        await Assertions.Expect(page.Locator("#description")).ToHaveValueAsync("表单测试 · 老顾客专享");
        await Assertions.Expect(page.Locator("#code-error")).ToHaveCountAsync(0);
        await AssertFitsAsync(page);
        await browser.ScreenshotAsync(page, "market-seller-coupon-error-390");

        await page.FillAsync("#value", "5");
        await page.FillAsync("#min-spend", "20");
        await page.ClickAsync("#create-coupon");
        await page.WaitForURLAsync(url => url.Contains("created=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#coupon-created")).ToContainTextAsync(code);
        var row = page.Locator($".seller-coupon[data-code='{code}']");
        await Assertions.Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-new"));
        await Assertions.Expect(row).ToContainTextAsync("满¥20.00减¥5.00");
        await Assertions.Expect(row).ToContainTextAsync("已用 0 次，共 50 次");
        await Assertions.Expect(row).ToContainTextAsync("生效中");
        await AssertFitsAsync(page);
        await browser.ScreenshotAsync(page, "market-seller-coupons-390");
        await page.Context.CloseAsync();

        // The code works for a customer's order of this farm's products: ¥30 of tomatoes, ¥5 off.
        using var farmer = await browser.App.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 20, price: 10m);
        using var customer = await browser.App.SignedInAsync(DemoAccounts.Visitor);
        using var ordered = await customer.PostAsJsonAsync("/api/market/orders",
            new { lines = new[] { new { offerId = offer, quantity = 3m, unit = "kg" } }, couponCodes = new[] { code.ToLowerInvariant() } });
        Assert.Equal(HttpStatusCode.Created, ordered.StatusCode);
        var order = await ordered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5m, order.GetProperty("discount").GetDecimal());
        Assert.Equal(25m, order.GetProperty("total").GetDecimal());

        // The desktop list counts the use.
        var wide = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/market/farmer/coupons", 1366, 900);
        await Assertions.Expect(wide.Locator($".seller-coupon[data-code='{code}']")).ToContainTextAsync("已用 1 次，共 50 次");
        await browser.ScreenshotAsync(wide, "market-seller-coupons-1366");
        await wide.Context.CloseAsync();
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the coupons page is {overflow}px wider than the phone");
    }
}
