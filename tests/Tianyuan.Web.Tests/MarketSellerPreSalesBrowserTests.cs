namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>
/// A farmer on a phone goes from the desk to their pre-sales, finds one published a moment ago with its unit named for
/// people (公斤, not kg), its state and its pre-orders, and opens it; a seller with none is pointed at the form.
/// </summary>
[Trait("Category", "Browser")]
public class MarketSellerPreSalesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_farmer_goes_from_the_desk_to_their_pre_sales_and_opens_one()
    {
        var name = "列表预售水稻" + Guid.NewGuid().ToString("N")[..6];
        using var farmer = await browser.App.SignedInAsync(DemoAccounts.Farmer);
        var id = await MarketSellerPreSalesTests.PublishAsync(farmer, name);
        using var visitor = await browser.App.SignedInAsync(DemoAccounts.Visitor);
        using var placed = await visitor.PostAsJsonAsync($"/api/market/presales/{id}/preorders", new { quantity = 20m, paymentMethod = "sandbox" });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);

        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/market/farmer", 390, 844);
        await page.ClickAsync("#my-presales-link");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/market/farmer/presales");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("预售");
        await Assertions.Expect(page.Locator("#new-presale-button")).ToHaveAttributeAsync("href", "/market/farmer/presales/new");

        var row = page.Locator($"[data-presale='{id}']");
        await Assertions.Expect(row).ToContainTextAsync(name);
        await Assertions.Expect(row).ToContainTextAsync("南粳46");
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("预订中");
        await Assertions.Expect(row).ToContainTextAsync("已预订 20 公斤 / 预计产量 500 公斤");
        await Assertions.Expect(row).ToContainTextAsync("1 笔预订");
        await Assertions.Expect(row).Not.ToContainTextAsync("kg");
        await AssertFitsAsync(page);
        await browser.ScreenshotAsync(page, "market-seller-presales-390");

        await row.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/market/presales/{id}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("#demand")).ToContainTextAsync("20 公斤");
        await page.Context.CloseAsync();

        var wide = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/market/farmer/presales", 1366, 900);
        await Assertions.Expect(wide.Locator($"[data-presale='{id}']")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(wide, "market-seller-presales-1366");
        await wide.Context.CloseAsync();
    }

    [Fact]
    public async Task A_seller_without_pre_sales_is_pointed_at_the_form()
    {
        // Only this class publishes pre-sales in its app, and only for the demo farmer's organisation.
        using var other = await OtherFarmerAsync(browser.App);
        var page = await browser.SignedInPageAsync(DemoAccounts.Host, "/market/farmer/presales", 390, 844);
        var first = page.Locator("#new-presale-button");
        await Assertions.Expect(first).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".empty-state")).ToContainTextAsync("还没有发布预售");
        await AssertFitsAsync(page);
        await browser.ScreenshotAsync(page, "market-seller-presales-empty-390");
        await first.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/market/farmer/presales/new");
        await Assertions.Expect(page.Locator(".breadcrumb a[href='/market/farmer/presales']")).ToHaveTextAsync("预售");
        await page.Context.CloseAsync();
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone");
    }
}
