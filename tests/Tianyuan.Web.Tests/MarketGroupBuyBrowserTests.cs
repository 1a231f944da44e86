namespace Tianyuan.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;
using static MarketGroupBuyTestData;

/// <summary>
/// The Market issue's "done when", in real browsers: a customer joins a group-buy through its share link and orders
/// 1.5 kg, the cut-off runs, the farmer sees the picking list, the leader receives the goods and hands the order over
/// by its pickup code, and the parcel QR opens a repurchase page whose coupon works on a new order.
/// </summary>
[Trait("Category", "Browser")]
public class MarketGroupBuyBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Join_by_link_order_one_and_a_half_kg_cut_off_pick_hand_over_and_buy_again_with_the_parcel_coupon()
    {
        var app = browser.App;
        using var farmerApi = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await MarketTestData.NewOfferAsync(farmerApi, available: 50, price: 24m, name: "测试团购水蜜桃");
        var (campaign, token) = await NewCampaignAsync(farmerApi, offer, 20m, DateTimeOffset.UtcNow.AddHours(3));
        using var leaderApi = await app.SignedInAsync(DemoAccounts.Leader);
        var (point, _) = await PointsAsync(app, leaderApi);

        // The customer opens the share link on a phone and joins with 1.5 kg at the leader's point.
        var customer = await browser.SignedInPageAsync(DemoAccounts.Visitor, $"/market/g/{token}", 390, 844);
        await Assertions.Expect(customer.Locator("#campaign")).ToContainTextAsync("测试团");
        await customer.FillAsync("#qty-0", "1.5");
        await customer.SelectOptionAsync("#point", point.ToString());
        await browser.ScreenshotAsync(customer, "market-groupbuy-share-390");
        await customer.ClickAsync("#join");
        await Assertions.Expect(customer.Locator("#ordered")).ToBeVisibleAsync();
        var mine = await (await app.SignedInAsync(DemoAccounts.Visitor)).GetFromJsonAsync<JsonElement>("/api/market/orders");
        var order = mine.GetProperty("items").EnumerateArray().First(o => o.GetProperty("campaignId").ValueKind != JsonValueKind.Null
            && o.GetProperty("campaignId").GetGuid() == campaign);
        Assert.Equal(30.00m, order.GetProperty("total").GetDecimal()); // 1.5 kg × ¥20 group price

        // The cut-off: the campaign freezes and the farmer's picking list has the 1.5 kg.
        await CutOffPassedAsync(app, campaign);
        Assert.True(await app.RunJobAsync("CampaignCutOffJob"));
        var farmer = await browser.SignedInPageAsync(DemoAccounts.Farmer, $"/market/campaigns/{campaign}/picking");
        await Assertions.Expect(farmer.Locator("[data-farm]").First).ToContainTextAsync("测试团购水蜜桃");
        await Assertions.Expect(farmer.Locator("[data-farm]").First).ToContainTextAsync("1.5");
        await browser.ScreenshotAsync(farmer, "market-picking-1366");

        // The leader receives the goods and hands the order over by the code the customer shows.
        var leader = await browser.SignedInPageAsync(DemoAccounts.Leader, "/market/leader", 390, 844);
        leader.Dialog += (_, dialog) => dialog.AcceptAsync();
        var section = leader.Locator($"[data-point='{point}']");
        await section.Locator("form[action$='/received'] button").ClickAsync();
        await Assertions.Expect(section.Locator("[data-waiting]")).Not.ToHaveTextAsync("0");
        await browser.ScreenshotAsync(leader, "market-leader-390");
        // The demo's own orders at this point may have been collected in the last 24 hours: count on from there.
        var collected = int.Parse(await section.Locator("[data-collected]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await leader.FillAsync($"#pickup-code-{point}", order.GetProperty("pickupCode").GetString()!);
        await leader.Locator($"#pickup-code-form-{point} button").ClickAsync();
        await Assertions.Expect(section.Locator("[data-collected]")).ToHaveTextAsync((collected + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await customer.GotoAsync($"/market/orders/{order.GetProperty("id").GetGuid()}");
        await Assertions.Expect(customer.Locator("body")).ToContainTextAsync("已完成");

        // The parcel's QR (on the farmer's printed label) opens the repurchase page; its coupon works on a new order.
        await farmer.GotoAsync($"/market/orders/{order.GetProperty("id").GetGuid()}/label");
        var url = await farmer.Locator(".qr[data-url]").GetAttributeAsync("data-url");
        Assert.Matches(new Regex("/market/r/[0-9a-f]{32}$"), url!);
        await customer.GotoAsync(url!);
        var code = (await customer.Locator("#coupon-code").InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(code));
        await browser.ScreenshotAsync(customer, "market-repurchase-390");
        await customer.ClickAsync("#reorder");
        await Assertions.Expect(customer.Locator("#reorder-message")).ToHaveClassAsync(new Regex("alert-success"));
        var after = await (await app.SignedInAsync(DemoAccounts.Visitor)).GetFromJsonAsync<JsonElement>("/api/market/orders");
        Assert.Contains(after.GetProperty("items").EnumerateArray(), o => o.GetProperty("discount").GetDecimal() > 0);
        await customer.Context.CloseAsync();
        await farmer.Context.CloseAsync();
        await leader.Context.CloseAsync();
    }
}
