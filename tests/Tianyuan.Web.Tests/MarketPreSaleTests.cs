namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>Order farming: demand committed before planting, and a harvest shared out explicitly when it falls short.</summary>
public class MarketPreSaleTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task The_demo_county_has_crops_on_pre_sale_that_nobody_has_committed_to_yet()
    {
        using var anonymous = app.Client();
        var demo = (await anonymous.GetFromJsonAsync<JsonElement>("/api/market/presales?pageSize=100")).GetProperty("items").EnumerateArray()
            .Where(s => s.GetProperty("productName").GetString() is "订单水稻" or "红心猕猴桃" or "明前高山绿茶").ToList();
        Assert.Equal(3, demo.Count);
        Assert.All(demo, s =>
        {
            Assert.True(s.GetProperty("orderClosesAt").GetDateTimeOffset() > DateTimeOffset.UtcNow, "open for pre-orders");
            Assert.Equal(0m, s.GetProperty("committed").GetDecimal());
            Assert.True(s.GetProperty("depositPerUnit").GetDecimal() < s.GetProperty("pricePerUnit").GetDecimal());
        });
        Assert.Contains("红心猕猴桃", WebUtility.HtmlDecode(await anonymous.GetStringAsync("/market/presales")));
        // Visitors find them from the home page and the shop.
        Assert.Contains("href=\"/market/presales\"", await anonymous.GetStringAsync("/"));
        Assert.Matches("id=\"presales-banner\"[^>]*>[\\s\\S]*?[0-9]+ 种作物正在预订", WebUtility.HtmlDecode(await anonymous.GetStringAsync("/market")));
    }

    async Task<Guid> NewPreSaleAsync(HttpClient farmer, decimal expected = 1000m, decimal max = 600m)
    {
        var (organisation, village) = await SellerAsync(farmer);
        using var created = await farmer.PostAsJsonAsync("/api/market/presales", new
        {
            organisationId = organisation, villageCode = village, productName = "订单水稻", variety = "南粳46", unit = "kg", expectedYield = expected,
            step = 1m, pricePerUnit = 8m, depositPercent = 25m, orderOpensAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            orderClosesAt = DateTimeOffset.UtcNow.AddDays(30), deliveryFrom = DateTime.UtcNow.AddDays(120).ToString("yyyy-MM-dd"),
            deliveryUntil = DateTime.UtcNow.AddDays(150).ToString("yyyy-MM-dd"), maxPerCustomer = max,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var preSale = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2m, preSale.GetProperty("depositPerUnit").GetDecimal());
        return preSale.GetProperty("id").GetGuid();
    }

    static async Task<JsonElement> PreOrderAsync(HttpClient customer, Guid preSale, decimal quantity)
    {
        using var placed = await customer.PostAsJsonAsync($"/api/market/presales/{preSale}/preorders", new { quantity, paymentMethod = "sandbox" });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return await placed.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_short_harvest_is_shared_pro_rata_rounded_down_to_the_step_remainder_first_come_with_deposits_refunded()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var preSale = await NewPreSaleAsync(farmer);
        using var visitor = await app.SignedInAsync(DemoAccounts.Visitor);
        using var leader = await app.SignedInAsync(DemoAccounts.Leader);
        using var host = await app.SignedInAsync(DemoAccounts.Host);

        using var tooMuch = await visitor.PostAsJsonAsync($"/api/market/presales/{preSale}/preorders", new { quantity = 601m });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("quantity", await tooMuch.Content.ReadAsStringAsync());
        Assert.Equal(1002m, (await PreOrderAsync(visitor, preSale, 501m)).GetProperty("deposit").GetDecimal());
        await PreOrderAsync(leader, preSale, 400m);
        await PreOrderAsync(host, preSale, 299m);
        using var twice = await visitor.PostAsJsonAsync($"/api/market/presales/{preSale}/preorders", new { quantity = 1m });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        // Before planting the farm sees demand against its expected yield.
        var demand = await farmer.GetFromJsonAsync<JsonElement>($"/api/market/presales/{preSale}");
        Assert.Equal(1200m, demand.GetProperty("preSale").GetProperty("committed").GetDecimal());
        Assert.Equal(1000m, demand.GetProperty("preSale").GetProperty("expectedYield").GetDecimal());
        Assert.Equal(3, demand.GetProperty("preOrders").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, (await visitor.GetFromJsonAsync<JsonElement>($"/api/market/presales/{preSale}")).GetProperty("preOrders").ValueKind);

        using var anonymous = app.Client();
        var list = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/market/presales"));
        Assert.Contains("订单水稻", list);
        // Units are named for people (公斤), not by their code (kg).
        Assert.Matches(@"¥[0-9.]+/公斤", list);
        var detail = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/market/presales/{preSale}"));
        Assert.Matches(@"¥[0-9.]+/公斤", detail);
        // Dates as people write them, with the weekday, and in English when asked.
        Assert.Matches(@"20\d\d年\d{1,2}月\d{1,2}日 周[一二三四五六日]", detail);
        Assert.Matches(@"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} 20\d\d",
            WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/market/presales/{preSale}?culture=en")));

        using var notTheirs = await visitor.PostAsJsonAsync($"/api/market/presales/{preSale}/harvest", new { actualYield = 600m });
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        using var harvest = await farmer.PostAsJsonAsync($"/api/market/presales/{preSale}/harvest", new { actualYield = 600m });
        Assert.Equal(HttpStatusCode.OK, harvest.StatusCode);
        var shares = (await harvest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("preOrders").EnumerateArray()
            .Select(o => (Ordered: o.GetProperty("quantity").GetDecimal(), Got: o.GetProperty("fulfilledQuantity").GetDecimal(),
                Due: o.GetProperty("balanceDue").GetDecimal(), Refund: o.GetProperty("depositRefund").GetDecimal())).ToList();
        // Half each, rounded down to 1 kg (250.5 → 250, 149.5 → 149); the 1 kg left goes to the first pre-order.
        Assert.Equal([(501m, 251m, 1506m, 500m), (400m, 200m, 1200m, 400m), (299m, 149m, 894m, 300m)], shares);
        Assert.Equal(600m, shares.Sum(s => s.Got));

        using var again = await farmer.PostAsJsonAsync($"/api/market/presales/{preSale}/harvest", new { actualYield = 1200m });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var late = await leader.PostAsJsonAsync($"/api/market/presales/{preSale}/preorders", new { quantity = 1m });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        var mine = (await visitor.GetFromJsonAsync<JsonElement>($"/api/market/presales/{preSale}")).GetProperty("mine");
        Assert.Equal(251m, mine.GetProperty("fulfilledQuantity").GetDecimal());
    }

    [Fact]
    public async Task An_ample_harvest_fulfils_everyone_in_full_with_no_refund()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var preSale = await NewPreSaleAsync(farmer, expected: 100m, max: 50m);
        using var visitor = await app.SignedInAsync(DemoAccounts.Visitor);
        var preOrder = (await PreOrderAsync(visitor, preSale, 30m)).GetProperty("id").GetGuid();
        using var harvest = await farmer.PostAsJsonAsync($"/api/market/presales/{preSale}/harvest", new { actualYield = 80m });
        var only = Assert.Single((await harvest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("preOrders").EnumerateArray());
        Assert.Equal(30m, only.GetProperty("fulfilledQuantity").GetDecimal());
        Assert.Equal(180m, only.GetProperty("balanceDue").GetDecimal());
        Assert.Equal(0m, only.GetProperty("depositRefund").GetDecimal());
        using var delivered = await farmer.PostAsync($"/api/market/presales/{preSale}/preorders/{preOrder}/delivered", null);
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.NotEqual(JsonValueKind.Null, (await delivered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deliveredAt").ValueKind);
        using var browser = await app.CookieClientAsync(DemoAccounts.Farmer);
        var page = await browser.GetStringAsync($"/market/presales/{preSale}");
        Assert.Contains("id=\"demand\"", page);
    }
}
