namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static MarketGroupBuyTestData;
using static MarketTestData;

/// <summary>
/// Community group-buy end to end on the real app (SQLite, then PostgreSQL): join by share link, cut-off, manifests and
/// picking lists, the cut-off race, group size, leader hand-over, uncollected expiry and the leader's commission.
/// </summary>
public class MarketGroupBuyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_customer_joins_by_the_share_link_orders_1_5_kg_and_after_the_cut_off_the_order_is_in_the_manifest_once()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var leader = await app.SignedInAsync(DemoAccounts.Leader);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var (point, _) = await PointsAsync(app, leader);
        var offer = await NewOfferAsync(farmer, available: 40, price: 10m, name: "测试团购番茄");
        var (campaign, token) = await NewCampaignAsync(farmer, offer, 8.5m, DateTimeOffset.UtcNow.AddHours(2));

        using var anonymous = app.Client();
        var shared = await anonymous.GetFromJsonAsync<JsonElement>($"/api/market/campaigns/by-token/{token}");
        Assert.Equal(campaign, shared.GetProperty("id").GetGuid());
        var item = shared.GetProperty("items")[0];
        Assert.Equal(8.5m, item.GetProperty("groupPrice").GetDecimal());
        Assert.Equal(10m, item.GetProperty("shopPrice").GetDecimal());
        var page = await PageAsync(anonymous, $"/market/g/{token}");
        Assert.Contains("测试团 · 早上摘下午到", page);
        Assert.Contains("测试团购番茄", page);
        // The cut-off and pickup day as people write them, in English when asked (not 11月27日 on an English page).
        Assert.Matches(@"\d{1,2}月\d{1,2}日 \d\d:\d\d", page);
        var english = await PageAsync(anonymous, $"/market/g/{token}?culture=en");
        Assert.Matches(@"\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d:\d\d", english);
        Assert.DoesNotMatch(@"\d月\d{1,2}日", english);

        using var placed = await OrderAsync(customer, offer, 1.5m, campaignId: campaign, pickupPointId: point);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(12.75m, order.GetProperty("total").GetDecimal());
        var orderId = order.GetProperty("id").GetGuid();

        using var early = await farmer.GetAsync($"/api/market/campaigns/{campaign}/manifest");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType?.MediaType);

        await CutOffPassedAsync(app, campaign);
        using var late = await OrderAsync(customer, offer, 1m, campaignId: campaign, pickupPointId: point);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("campaign-closed", await late.Content.ReadAsStringAsync());
        Assert.True(await app.RunJobAsync("CampaignCutOffJob"));
        Assert.True(await app.RunJobAsync("CampaignCutOffJob")); // the second run finds nothing to do

        var manifest = await farmer.GetFromJsonAsync<JsonElement>($"/api/market/campaigns/{campaign}/manifest");
        Assert.Equal("Frozen", manifest.GetProperty("status").GetString());
        var atPoint = manifest.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("pointId").GetGuid() == point);
        Assert.Equal(1.5m, atPoint.GetProperty("lines").EnumerateArray().Single().GetProperty("quantity").GetDecimal());
        var listed = atPoint.GetProperty("orders").EnumerateArray().Single();
        Assert.Equal(orderId, listed.GetProperty("orderId").GetGuid());
        Assert.Equal("Picking", listed.GetProperty("status").GetString());
        var farmLine = manifest.GetProperty("farms").EnumerateArray().SelectMany(f => f.GetProperty("lines").EnumerateArray())
            .Single(l => l.GetProperty("offerId").GetGuid() == offer);
        Assert.Equal(1.5m, farmLine.GetProperty("quantity").GetDecimal());
        Assert.Equal(1, farmLine.GetProperty("orderCount").GetInt32());
        Assert.Equal(1, await CountAsync(app, $"SELECT COUNT(*) FROM {app.Table("market", "market_outbox")} WHERE \"Type\" LIKE '%CampaignFrozen' AND \"Payload\" LIKE '%{campaign}%'"));

        // The leader sees their own point only; the customer nothing.
        var leaderView = await leader.GetFromJsonAsync<JsonElement>($"/api/market/campaigns/{campaign}/manifest");
        Assert.Empty(leaderView.GetProperty("farms").EnumerateArray());
        Assert.All(leaderView.GetProperty("points").EnumerateArray(), p => Assert.Equal(point, p.GetProperty("pointId").GetGuid()));
        using var notTheirs = await customer.GetAsync($"/api/market/campaigns/{campaign}/manifest");
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);

        // The farmer's picking list for the morning, as a print page and as CSV Excel opens in Chinese.
        using var farmerPages = await app.CookieClientAsync(DemoAccounts.Farmer);
        Assert.Contains($"/market/campaigns/{campaign}", await PageAsync(farmerPages, "/market/campaigns"));
        var sellerPage = await PageAsync(farmerPages, $"/market/campaigns/{campaign}");
        Assert.Contains($"/market/g/{token}", sellerPage);
        Assert.Contains("<svg", sellerPage);
        using var operatorPages = await app.CookieClientAsync(DemoAccounts.Operator);
        Assert.Contains($"/market/campaigns/{campaign}", await PageAsync(operatorPages, "/market/campaigns"));
        Assert.Contains("测试团购番茄", await PageAsync(farmerPages, $"/market/campaigns/{campaign}/picking"));
        Assert.Contains(atPoint.GetProperty("name").GetString()!, await PageAsync(farmerPages, $"/market/campaigns/{campaign}/manifest"));
        var csv = await farmer.GetByteArrayAsync($"/api/market/campaigns/{campaign}/manifest.csv?kind=points");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = System.Text.Encoding.UTF8.GetString(csv[3..]);
        Assert.Contains(atPoint.GetProperty("name").GetString()!, text);
        Assert.Contains("测试团购番茄", text);
        Assert.Contains("1.5", text);
        var farmsCsv = System.Text.Encoding.UTF8.GetString(await farmer.GetByteArrayAsync($"/api/market/campaigns/{campaign}/manifest.csv?kind=farms"));
        Assert.Contains("测试团购番茄", farmsCsv);
    }

    /// <summary>A page's text as people read it (Razor encodes Chinese as character references).</summary>
    static async Task<string> PageAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    [Fact]
    public async Task Creating_a_campaign_refuses_a_past_cut_off_another_farms_offer_and_strangers()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10);
        var (organisation, _) = await SellerAsync(farmer);
        var body = new
        {
            organisationId = organisation, titleZh = "过期团", cutOffAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            pickupDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2), minGroupSize = 1, items = new[] { new { offerId = offer, groupPrice = 5m } },
        };
        using var past = await farmer.PostAsJsonAsync("/api/market/campaigns", body);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("cutOffAt", await past.Content.ReadAsStringAsync());

        using var foreign = await farmer.PostAsJsonAsync("/api/market/campaigns", body with
        {
            cutOffAt = DateTimeOffset.UtcNow.AddHours(1), items = new[] { new { offerId = Guid.NewGuid(), groupPrice = 5m } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("items[0].offerId", await foreign.Content.ReadAsStringAsync());

        using var visitor = await app.SignedInAsync(DemoAccounts.Visitor);
        using var stranger = await visitor.PostAsJsonAsync("/api/market/campaigns", body with { cutOffAt = DateTimeOffset.UtcNow.AddHours(1) });
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
    }

    [Fact]
    public async Task In_a_cut_off_race_every_order_is_either_in_the_manifest_once_or_refused_as_closed()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var leader = await app.SignedInAsync(DemoAccounts.Leader);
        var (point, _) = await PointsAsync(app, leader);
        var customers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.SignedInAsync(DemoAccounts.Visitor)));
        var offer = await NewOfferAsync(farmer, available: 1000, unit: "piece", min: 1, step: 1, name: "测试竞速鸡蛋");
        var cutOff = DateTimeOffset.UtcNow.AddSeconds(1.5);
        var (campaign, _) = await NewCampaignAsync(farmer, offer, 1m, cutOff);

        // ~100 orders over ~3 s around the cut-off, whatever time the campaign's creation took.
        var start = cutOff.AddSeconds(-1.5) > DateTimeOffset.UtcNow ? cutOff.AddSeconds(-1.5) : DateTimeOffset.UtcNow;
        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            var at = start.AddMilliseconds(i * 30);
            if (at > DateTimeOffset.UtcNow)
                await Task.Delay(at - DateTimeOffset.UtcNow);
            using var response = await OrderAsync(customers[i % customers.Length], offer, 1m, "piece", campaignId: campaign, pickupPointId: point);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (response.StatusCode, body);
        }));
        if (DateTimeOffset.UtcNow <= cutOff)
            await Task.Delay(cutOff - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(100));
        await app.RunJobAsync("CampaignCutOffJob");

        var accepted = answers.Where(a => a.StatusCode == HttpStatusCode.Created).Select(a => a.body.GetProperty("id").GetGuid()).ToList();
        var refused = answers.Where(a => a.StatusCode != HttpStatusCode.Created).ToList();
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
        Assert.All(refused, r => Assert.EndsWith("campaign-closed", r.body.GetProperty("type").GetString()));
        Assert.NotEmpty(accepted);

        var manifest = await farmer.GetFromJsonAsync<JsonElement>($"/api/market/campaigns/{campaign}/manifest");
        var atPoint = manifest.GetProperty("points").EnumerateArray().Single();
        var listed = atPoint.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("orderId").GetGuid()).ToList();
        Assert.Equal(accepted.Order(), listed.Order());
        Assert.Equal(accepted.Count, atPoint.GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
        Assert.Equal(accepted.Count, atPoint.GetProperty("lines")[0].GetProperty("orderCount").GetInt32());
        Assert.Equal(accepted.Count, manifest.GetProperty("farms")[0].GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
        foreach (var c in customers)
            c.Dispose();
    }

    [Fact]
    public async Task A_point_short_of_the_group_size_has_its_orders_cancelled_refunded_and_its_stock_returned()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var leader = await app.SignedInAsync(DemoAccounts.Leader);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var (formed, tooSmall) = await PointsAsync(app, leader);
        var offer = await NewOfferAsync(farmer, available: 20, name: "测试成团白菜");
        var (campaign, _) = await NewCampaignAsync(farmer, offer, 8m, DateTimeOffset.UtcNow.AddHours(2), minGroupSize: 2);

        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Created, (await OrderAsync(customer, offer, 2m, campaignId: campaign, pickupPointId: formed)).StatusCode);
        using var alone = await OrderAsync(customer, offer, 3m, campaignId: campaign, pickupPointId: tooSmall);
        var aloneId = (await alone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await PaidAsync(app, aloneId);
        var progress = await app.Client().GetFromJsonAsync<JsonElement>($"/api/market/campaigns/{campaign}");
        Assert.Contains(progress.GetProperty("points").EnumerateArray(), p => p.GetProperty("pointId").GetGuid() == formed && p.GetProperty("formed").GetBoolean());
        Assert.Equal(13m, (await OfferStockAsync(app, offer)).Available);

        await CutOffPassedAsync(app, campaign);
        await app.RunJobAsync("CampaignCutOffJob");

        Assert.Equal(16m, (await OfferStockAsync(app, offer)).Available);
        var cancelled = await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{aloneId}");
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(24m, cancelled.GetProperty("refunded").GetDecimal());
        var manifest = await farmer.GetFromJsonAsync<JsonElement>($"/api/market/campaigns/{campaign}/manifest");
        Assert.Equal(formed, manifest.GetProperty("points").EnumerateArray().Single().GetProperty("pointId").GetGuid());
        Assert.Equal(4m, manifest.GetProperty("farms")[0].GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
        Assert.Equal(1, await CountAsync(app, $"SELECT COUNT(*) FROM {app.Table("market", "market_order_refund")} WHERE \"OrderId\" = '{(app.IsPostgres ? aloneId.ToString() : aloneId.ToString().ToUpperInvariant())}'"));
    }

    [Fact]
    public async Task The_leader_receives_the_goods_and_hands_over_by_pickup_code_once_and_never_another_points_order()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var leader = await app.SignedInAsync(DemoAccounts.Leader);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var (mine, other) = await PointsAsync(app, leader);
        var offer = await NewOfferAsync(farmer, available: 20, name: "测试自提土豆");
        var (campaign, _) = await NewCampaignAsync(farmer, offer, 6m, DateTimeOffset.UtcNow.AddHours(2));
        var here = await (await OrderAsync(customer, offer, 1.5m, campaignId: campaign, pickupPointId: mine)).Content.ReadFromJsonAsync<JsonElement>();
        var there = await (await OrderAsync(customer, offer, 1m, campaignId: campaign, pickupPointId: other)).Content.ReadFromJsonAsync<JsonElement>();
        var thereId = there.GetProperty("id").GetGuid();

        using var tooEarly = await leader.PostAsync($"/api/market/points/{mine}/campaigns/{campaign}/received", null);
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        await CutOffPassedAsync(app, campaign);
        await app.RunJobAsync("CampaignCutOffJob");

        using var received = await leader.PostAsync($"/api/market/points/{mine}/campaigns/{campaign}/received", null);
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        Assert.Equal(1, (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("readyForPickup").GetInt32());
        using var notMyPoint = await leader.PostAsync($"/api/market/points/{other}/campaigns/{campaign}/received", null);
        Assert.Equal(HttpStatusCode.Forbidden, notMyPoint.StatusCode);

        // Another point's order, by id at the leader's own point: refused, and still waiting where it belongs.
        using var wrong = await leader.PostAsJsonAsync($"/api/market/points/{mine}/handovers", new { orderId = thereId });
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        Assert.Contains("orderId", await wrong.Content.ReadAsStringAsync());
        using var wrongPoint = await leader.PostAsJsonAsync($"/api/market/points/{other}/handovers", new { orderId = thereId });
        Assert.Equal(HttpStatusCode.Forbidden, wrongPoint.StatusCode);
        Assert.Equal("Picking", (await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{thereId}")).GetProperty("status").GetString());

        using var badCode = await leader.PostAsJsonAsync($"/api/market/points/{mine}/handovers", new { pickupCode = "12ab" });
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        var code = here.GetProperty("pickupCode").GetString();
        using var first = await leader.PostAsJsonAsync($"/api/market/points/{mine}/handovers", new { pickupCode = code });
        using var again = await leader.PostAsJsonAsync($"/api/market/points/{mine}/handovers", new { pickupCode = code });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var completed = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        Assert.True(completed.GetProperty("paid").GetBoolean()); // pay at pickup: the leader took the money
        var hereId = here.GetProperty("id").GetGuid();
        Assert.Equal(1, await CountAsync(app, $"SELECT COUNT(*) FROM {app.Table("market", "market_order_event")} WHERE \"Status\" = 'Completed' AND \"OrderId\" = '{(app.IsPostgres ? hereId.ToString() : hereId.ToString().ToUpperInvariant())}'"));
        // The goods left the farm: the reservation is used up, not returned.
        Assert.Equal(17.5m, (await OfferStockAsync(app, offer)).Available);

        using var leaderPage = await app.CookieClientAsync(DemoAccounts.Leader);
        Assert.Contains("pickup-code", await PageAsync(leaderPage, "/market/leader"));
    }

    [Fact]
    public async Task Orders_not_collected_in_time_expire_paid_ones_refunded_by_the_rule_and_the_stock_is_not_returned()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var leader = await app.SignedInAsync(DemoAccounts.Leader);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var (point, _) = await PointsAsync(app, leader);
        var offer = await NewOfferAsync(farmer, available: 20, name: "测试过期草莓");
        var (campaign, _) = await NewCampaignAsync(farmer, offer, 9m, DateTimeOffset.UtcNow.AddHours(2));
        var paid = (await (await OrderAsync(customer, offer, 2m, campaignId: campaign, pickupPointId: point)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var unpaid = (await (await OrderAsync(customer, offer, 1m, campaignId: campaign, pickupPointId: point)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await PaidAsync(app, paid);
        await CutOffPassedAsync(app, campaign);
        await app.RunJobAsync("CampaignCutOffJob");
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsync($"/api/market/points/{point}/campaigns/{campaign}/received", null)).StatusCode);

        // Still within the two collection days: nothing happens.
        await app.RunJobAsync("UncollectedOrdersJob");
        Assert.Equal("ReadyForPickup", (await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{paid}")).GetProperty("status").GetString());

        await PickupDateAsync(app, campaign, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-5));
        await app.RunJobAsync("UncollectedOrdersJob");
        var refunded = await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{paid}");
        Assert.Equal("Refunded", refunded.GetProperty("status").GetString());
        Assert.Equal(9m, refunded.GetProperty("refunded").GetDecimal()); // 50% of ¥18.00
        Assert.Equal("Cancelled", (await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{unpaid}")).GetProperty("status").GetString());
        Assert.Equal(17m, (await OfferStockAsync(app, offer)).Available);
        using var tooLate = await leader.PostAsJsonAsync($"/api/market/points/{point}/handovers", new { orderId = paid });
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
    }

    [Fact]
    public async Task The_leaders_commission_is_the_rate_times_the_months_handed_over_orders_rounded_once()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var leader = await app.SignedInAsync(DemoAccounts.Leader);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var (point, other) = await PointsAsync(app, leader);
        var offer = await NewOfferAsync(farmer, available: 50, name: "测试佣金苹果");
        var (campaign, _) = await NewCampaignAsync(farmer, offer, 7.33m, DateTimeOffset.UtcNow.AddHours(2));
        var codes = new List<string>();
        foreach (var kg in new[] { 1m, 1.5m, 2.5m })
        {
            var order = await (await OrderAsync(customer, offer, kg, campaignId: campaign, pickupPointId: point)).Content.ReadFromJsonAsync<JsonElement>();
            codes.Add(order.GetProperty("id").GetString()!);
        }

        await CutOffPassedAsync(app, campaign);
        await app.RunJobAsync("CampaignCutOffJob");
        await leader.PostAsync($"/api/market/points/{point}/campaigns/{campaign}/received", null);
        foreach (var id in codes)
            Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/market/points/{point}/handovers", new { orderId = Guid.Parse(id) })).StatusCode);

        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var statement = await leader.GetFromJsonAsync<JsonElement>($"/api/market/points/{point}/commission?month={month}");
        var orders = statement.GetProperty("orders").EnumerateArray().ToList();
        Assert.All(codes, id => Assert.Single(orders, o => o.GetProperty("orderId").GetString() == id));
        var total = orders.Sum(o => o.GetProperty("amount").GetDecimal());
        Assert.Equal(total, statement.GetProperty("total").GetDecimal());
        var rate = statement.GetProperty("rate").GetDecimal();
        Assert.Equal(Math.Round(total * rate, 2, MidpointRounding.AwayFromZero), statement.GetProperty("commission").GetDecimal());
        // 7.33 × (1 + 1.5 + 2.5) kg = 7.33 + 11.00 (10.995 rounded per order) + 18.33 (18.325 rounded)
        Assert.Contains(orders, o => o.GetProperty("amount").GetDecimal() == 11.00m);

        using var badMonth = await leader.GetAsync($"/api/market/points/{point}/commission?month=2026-13");
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        using var notTheirs = await leader.GetAsync($"/api/market/points/{other}/commission");
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        using var op = await app.SignedInAsync(DemoAccounts.Operator);
        Assert.Equal(HttpStatusCode.OK, (await op.GetAsync($"/api/market/points/{point}/commission?month={month}")).StatusCode);
        using var leaderPage = await app.CookieClientAsync(DemoAccounts.Leader);
        Assert.Contains(statement.GetProperty("commission").GetDecimal().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            await PageAsync(leaderPage, $"/market/leader/statement?point={point}&month={month}"));
    }

    [Fact]
    public async Task Operators_of_the_region_open_edit_and_deactivate_points_and_others_cannot()
    {
        using var op = await app.SignedInAsync(DemoAccounts.Operator);
        using var leader = await app.SignedInAsync(DemoAccounts.Leader);
        using var anonymous = app.Client();
        var existing = (await leader.GetFromJsonAsync<JsonElement>("/api/market/points/mine"))[0];
        var mine = existing.GetProperty("id").GetGuid();
        var body = new
        {
            organisationId = existing.GetProperty("organisationId").GetGuid(), regionCode = existing.GetProperty("regionCode").GetString(),
            nameZh = "测试新自提点", community = "幸福里", address = "幸福里 3 幢底商", latitude = 30.1, longitude = 120.2,
            openingHours = "每日 8:00–20:00", capacity = 60, leaderName = "王姐", leaderPhone = "13800138000", commissionRate = 0.08m,
        };
        using var created = await op.PostAsJsonAsync("/api/market/points", body);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Contains((await anonymous.GetFromJsonAsync<JsonElement>("/api/market/points")).EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);

        using var bad = await op.PutAsJsonAsync($"/api/market/points/{id}", body with { leaderPhone = "123", capacity = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("leaderPhone", problem);
        Assert.Contains("capacity", problem);

        using var off = await op.PutAsJsonAsync($"/api/market/points/{id}", new { body.organisationId, body.regionCode, body.nameZh, body.community, body.address,
            body.latitude, body.longitude, body.openingHours, body.capacity, body.leaderName, body.leaderPhone, body.commissionRate, active = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.DoesNotContain((await anonymous.GetFromJsonAsync<JsonElement>("/api/market/points")).EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);

        using var leaderTries = await leader.PutAsJsonAsync($"/api/market/points/{mine}", body);
        Assert.Equal(HttpStatusCode.Forbidden, leaderTries.StatusCode);
    }
}
