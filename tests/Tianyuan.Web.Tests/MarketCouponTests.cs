namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>Coupons on orders (each refusal reason, stacking, limits under a race), the parcel QR's repurchase page and bundles.</summary>
public class MarketCouponTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    static string NewCode(string prefix = "T") => prefix + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();

    static async Task<string> NewCouponAsync(HttpClient farmer, decimal value, decimal minSpend = 0, string kind = "amount-off", bool stackable = false,
        int perCustomer = 1, int? total = null, DateTimeOffset? from = null)
    {
        var (organisation, _) = await SellerAsync(farmer);
        var code = NewCode();
        using var created = await farmer.PostAsJsonAsync("/api/market/coupons", new
        {
            organisationId = organisation, code = code.ToLowerInvariant(), kind, value, minSpend, validFrom = from ?? DateTimeOffset.UtcNow.AddMinutes(-1),
            validUntil = DateTimeOffset.UtcNow.AddDays(7), perCustomerLimit = perCustomer, totalLimit = total, stackable,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(code, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        return code;
    }

    static Task<HttpResponseMessage> OrderAsync(HttpClient customer, Guid offer, decimal kg, params string[] coupons) =>
        customer.PostAsJsonAsync("/api/market/orders", new { lines = new[] { new { offerId = offer, quantity = kg, unit = "kg" } }, couponCodes = coupons });

    static async Task<(string Field, string Detail)> RefusalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var field = problem.GetProperty("errors").EnumerateObject().Single();
        return (field.Name, field.Value[0].GetString()!);
    }

    [Fact]
    public async Task Each_coupon_refusal_names_the_code_and_says_why_and_changes_nothing()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 50, price: 10m);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);

        using var unknown = await OrderAsync(customer, offer, 3m, "NOSUCH123");
        Assert.Equal(("couponCodes[0]", "没有找到优惠券 NOSUCH123，请检查优惠码。"), await RefusalAsync(unknown));

        var minSpend = await NewCouponAsync(farmer, 5m, minSpend: 50m);
        using var tooLittle = await OrderAsync(customer, offer, 3m, minSpend);
        var (field, detail) = await RefusalAsync(tooLittle);
        Assert.Equal("couponCodes[0]", field);
        Assert.Contains("¥50.00", detail);
        Assert.Contains("¥20.00", detail);

        var later = await NewCouponAsync(farmer, 5m, from: DateTimeOffset.UtcNow.AddDays(1));
        Assert.Contains("起才能使用", (await RefusalAsync(await OrderAsync(customer, offer, 3m, later))).Detail);

        var expired = await NewCouponAsync(farmer, 5m);
        await ExpireAsync(expired);
        Assert.Contains("过期", (await RefusalAsync(await OrderAsync(customer, offer, 3m, expired))).Detail);

        // A farm's coupon is only for its own products.
        var mine = (await farmer.GetFromJsonAsync<JsonElement>("/api/market/seller/products")).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("id").GetGuid()).ToHashSet();
        var other = (await customer.GetFromJsonAsync<JsonElement>("/api/market/offers?pageSize=100")).GetProperty("items").EnumerateArray()
            .First(o => !mine.Contains(o.GetProperty("productId").GetGuid()));
        var scoped = await NewCouponAsync(farmer, 1m);
        using var elsewhere = await customer.PostAsJsonAsync("/api/market/orders", new
        {
            lines = new[] { new { offerId = other.GetProperty("id").GetGuid(), quantity = other.GetProperty("minQuantity").GetDecimal(), unit = other.GetProperty("unit").GetString() } },
            couponCodes = new[] { scoped },
        });
        Assert.Contains("不适用", (await RefusalAsync(elsewhere)).Detail);

        var once = await NewCouponAsync(farmer, 5m);
        using var first = await OrderAsync(customer, offer, 3m, once);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Contains("已经用过", (await RefusalAsync(await OrderAsync(customer, offer, 3m, once))).Detail);

        var single = await NewCouponAsync(farmer, 5m, total: 1);
        Assert.Equal(HttpStatusCode.Created, (await OrderAsync(customer, offer, 3m, single)).StatusCode);
        using var leader = await app.SignedInAsync(DemoAccounts.Leader);
        Assert.Contains("领完", (await RefusalAsync(await OrderAsync(leader, offer, 3m, single))).Detail);

        // Only the two successful orders took stock: 50 - 3 - 3.
        Assert.Equal(44m, (await OfferStockAsync(app, offer)).Available);
    }

    [Fact]
    public async Task Stackable_coupons_add_up_one_non_stackable_at_most_and_never_below_zero()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 50, price: 10m);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var a = await NewCouponAsync(farmer, 5m);
        var b = await NewCouponAsync(farmer, 3m);
        using var both = await OrderAsync(customer, offer, 3m, a, b);
        Assert.Equal(("couponCodes[1]", $"优惠券 {b} 不能与 {a} 同时使用：每单只能用一张不可叠加的优惠券。"), await RefusalAsync(both));

        var tenPercent = await NewCouponAsync(farmer, 10m, kind: "percent-off", stackable: true);
        using var stacked = await OrderAsync(customer, offer, 3m, a, tenPercent);
        Assert.Equal(HttpStatusCode.Created, stacked.StatusCode);
        var order = await stacked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(30m, order.GetProperty("subtotal").GetDecimal());
        Assert.Equal(8m, order.GetProperty("discount").GetDecimal());
        Assert.Equal(22m, order.GetProperty("total").GetDecimal());

        var big = await NewCouponAsync(farmer, 100m, stackable: true);
        using var capped = await OrderAsync(customer, offer, 1m, big);
        Assert.Equal(0m, (await capped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Twenty_parallel_orders_with_a_once_per_customer_coupon_discount_exactly_one_and_cancelling_gives_it_back()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 500, price: 10m);
        var code = await NewCouponAsync(farmer, 5m);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => OrderAsync(customer, offer, 2m, code)));
        var placed = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.Single(placed);
        Assert.All(responses.Except(placed), r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
        var order = await placed[0].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5m, order.GetProperty("discount").GetDecimal());
        Assert.Equal(498m, (await OfferStockAsync(app, offer)).Available);

        using var cancel = await customer.PostAsync($"/api/market/orders/{order.GetProperty("id").GetGuid()}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        using var again = await OrderAsync(customer, offer, 2m, code);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(15m, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task The_parcel_QR_opens_a_repurchase_page_whose_coupon_works_on_a_new_order()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 50, price: 12m, name: "测试回购番茄");
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        using var placed = await OrderAsync(customer, offer, 3m);
        var id = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // The seller's printed label carries the absolute link of the parcel QR.
        var label = await farmer.GetStringAsync($"/market/orders/{id}/label");
        var url = Regex.Match(label, "data-url=\"(?<url>[^\"]+/market/r/(?<token>[0-9a-f]{32}))\"");
        Assert.True(url.Success, label);
        Assert.StartsWith("http", url.Groups["url"].Value);
        var token = url.Groups["token"].Value;
        using var stranger = await app.SignedInAsync(DemoAccounts.Leader);
        Assert.DoesNotContain(token, await stranger.GetStringAsync($"/market/orders/{id}/label"));

        using var anonymous = app.Client();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/market/r/{token}"));
        Assert.Contains("测试回购番茄", page);
        var code = Regex.Match(page, "id=\"coupon-code\">(?<code>[A-Z0-9]+)<").Groups["code"].Value;
        Assert.StartsWith("HG", code);
        // Issued once: the next visit shows the same code.
        Assert.Contains(code, await anonymous.GetStringAsync($"/market/r/{token}"));
        Assert.DoesNotContain("customerUserId", await anonymous.GetStringAsync($"/api/market/r/{token}"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(code, (await customer.GetFromJsonAsync<JsonElement>("/api/market/coupons/mine")).EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        // It belongs to the order's customer: to anyone else it does not exist.
        using var others = await OrderAsync(stranger, offer, 3m, code);
        Assert.Contains("没有找到优惠券", (await RefusalAsync(others)).Detail);

        using var reorder = await customer.PostAsJsonAsync($"/api/market/r/{token}/reorder", new { nonce = "n1" });
        Assert.Equal(HttpStatusCode.Created, reorder.StatusCode);
        var again = await reorder.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(36m, again.GetProperty("subtotal").GetDecimal());
        Assert.Equal(5m, again.GetProperty("discount").GetDecimal());
        Assert.Equal(31m, again.GetProperty("total").GetDecimal());
        // The same tap again is the same order, not a second one.
        using var retry = await customer.PostAsJsonAsync($"/api/market/r/{token}/reorder", new { nonce = "n1" });
        Assert.Equal(again.GetProperty("id").GetGuid(), (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Contains("id=\"coupon-used\"", await anonymous.GetStringAsync($"/market/r/{token}"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/market/r/{token}/reorder", new { nonce = "x" })).StatusCode);
    }

    [Fact]
    public async Task Buying_a_bundle_orders_its_offers_at_the_bundle_price_and_issues_the_vouchers()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 20, price: 10m);
        using var tooDear = await farmer.PostAsJsonAsync("/api/market/bundles", new { title = "农家乐套餐", price = 25m, items = new[] { new { offerId = offer, quantity = 2m } } });
        Assert.Equal(HttpStatusCode.BadRequest, tooDear.StatusCode);
        Assert.Contains("price", await tooDear.Content.ReadAsStringAsync());
        using var created = await farmer.PostAsJsonAsync("/api/market/bundles", new
        {
            title = "农家乐套餐", price = 18m, items = new[] { new { offerId = offer, quantity = 2m } },
            stayVoucher = "农家民宿住一晚（含早餐）", stayVoucherValue = 200m, experienceVoucher = "采摘体验一次", experienceVoucherValue = 50m,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var bundle = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var before = (await customer.GetFromJsonAsync<JsonElement>("/api/market/coupons/mine")).GetArrayLength();
        using var bought = await customer.PostAsJsonAsync($"/api/market/bundles/{bundle}/buy", new { });
        Assert.Equal(HttpStatusCode.Created, bought.StatusCode);
        var order = await bought.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(20m, order.GetProperty("subtotal").GetDecimal());
        Assert.Equal(18m, order.GetProperty("total").GetDecimal());
        Assert.Equal(18m, (await OfferStockAsync(app, offer)).Available);

        using var anonymous = app.Client();
        Assert.Contains("农家民宿住一晚", WebUtility.HtmlDecode(await anonymous.GetStringAsync("/market/bundles")));
        var coupons = (await customer.GetFromJsonAsync<JsonElement>("/api/market/coupons/mine")).EnumerateArray().ToList();
        Assert.Equal(before + 2, coupons.Count);
        var stay = coupons.Single(c => c.GetProperty("kind").GetString() == "stay-voucher" && c.GetProperty("description").GetString()!.Contains("农家乐套餐"));
        Assert.Equal(200m, stay.GetProperty("value").GetDecimal());
        Assert.Single(coupons, c => c.GetProperty("kind").GetString() == "experience-voucher" && c.GetProperty("description").GetString()!.Contains("采摘"));
        // A voucher is shown at the farm, never taken off a shop order.
        Assert.Contains("住宿券或体验券", (await RefusalAsync(await OrderAsync(customer, offer, 1m, stay.GetProperty("code").GetString()!))).Detail);
    }

    async Task ExpireAsync(string code)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        var ended = app.IsPostgres ? "\"ValidFrom\" + interval '1 second'" : "\"ValidFrom\" + 1";
        command.CommandText = $"UPDATE {app.Table("market", "market_coupon")} SET \"ValidUntil\" = {ended} WHERE \"Code\" = '{code}'";
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
