namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>
/// An order from picking to completion, refunds before and after dispatch, fapiao requests and complaints with
/// photos; on SQLite and (second pass) PostgreSQL.
/// </summary>
public class MarketLifecycleTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task Dispatch_consumes_the_reservation_and_draws_the_lot_that_expires_first()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 0);
        var today = DateTimeOffset.UtcNow.ToChinaTime();
        await LotAsync(farmer, offer, "NEW" + Suffix(), DateOnly.FromDateTime(today.DateTime), 5m);
        var old = "OLD" + Suffix();
        await LotAsync(farmer, offer, old, DateOnly.FromDateTime(today.AddDays(-2).DateTime), 1.5m);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var order = await PlaceAsync(customer, offer, 2m);
        Assert.Equal((4.5m, 2m), await StockRowAsync(offer));

        using var picking = await farmer.PostAsync($"/api/market/orders/{order}/picking", null);
        using var dispatched = await farmer.PostAsync($"/api/market/orders/{order}/dispatch", null);

        Assert.Equal("Picking", (await picking.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var view = await dispatched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Dispatched", view.GetProperty("status").GetString());
        Assert.Equal(old, view.GetProperty("lines")[0].GetProperty("lotCode").GetString());
        Assert.Equal((4.5m, 0m), await StockRowAsync(offer));
        Assert.Equal(0m, await LotRemainingAsync(offer, old));
    }

    [Fact]
    public async Task A_delivery_order_is_delivered_by_the_seller_and_completed_by_the_customer_only()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var order = await PlaceAsync(customer, offer, 1m);

        using var customerPicks = await customer.PostAsync($"/api/market/orders/{order}/picking", null);
        Assert.Equal(HttpStatusCode.Forbidden, customerPicks.StatusCode);
        await StepAsync(farmer, order, "picking", "Picking");
        await StepAsync(farmer, order, "dispatch", "Dispatched");
        await StepAsync(farmer, order, "delivered", "Delivered");
        using var farmerCompletes = await farmer.PostAsync($"/api/market/orders/{order}/complete", null);
        Assert.Equal(HttpStatusCode.Forbidden, farmerCompletes.StatusCode);
        await StepAsync(customer, order, "complete", "Completed");

        // Completed orders count as the farmer's earnings this month.
        var desk = await farmer.GetFromJsonAsync<JsonElement>("/api/market/seller/desk");
        Assert.True(desk.GetProperty("earnedThisMonth").GetDecimal() >= 10m);
    }

    [Fact]
    public async Task A_step_from_the_wrong_status_is_a_409_naming_the_status()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var order = await PlaceAsync(customer, offer, 1m);

        using var dispatch = await farmer.PostAsync($"/api/market/orders/{order}/dispatch", null);
        using var complete = await customer.PostAsync($"/api/market/orders/{order}/complete", null);

        Assert.Equal(HttpStatusCode.Conflict, dispatch.StatusCode);
        var problem = await dispatch.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:tianyuan:problem:order-wrong-state", problem.GetProperty("type").GetString());
        Assert.Contains("已下单", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, complete.StatusCode);
        Assert.Equal((9m, 1m), await StockRowAsync(offer));
    }

    [Fact]
    public async Task A_partial_refund_returns_stock_before_dispatch_but_not_after()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var order = await PaidOrderAsync(farmer, customer, offer, 3m);
        var line = (await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{order}")).GetProperty("lines")[0].GetProperty("id").GetGuid();

        using var before = await RefundAsync(farmer, order, 5m, line, 0.5m);
        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        Assert.True((await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stockReturned").GetBoolean());
        Assert.Equal((7.5m, 2.5m), await StockRowAsync(offer));

        await StepAsync(farmer, order, "picking", "Picking");
        await StepAsync(farmer, order, "dispatch", "Dispatched");
        Assert.Equal((7.5m, 0m), await StockRowAsync(offer));
        using var after = await RefundAsync(farmer, order, 5m, line, 0.5m);
        var afterView = await after.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.False(afterView.GetProperty("stockReturned").GetBoolean());
        Assert.Contains("核销", afterView.GetProperty("stock").GetString());
        Assert.Equal((7.5m, 0m), await StockRowAsync(offer));
        Assert.Equal(10m, afterView.GetProperty("order").GetProperty("refunded").GetDecimal());
        Assert.Equal("Dispatched", afterView.GetProperty("order").GetProperty("status").GetString());

        // Only 2 kg are left to refund on that line, and only ¥20 of the ¥30 paid.
        using var tooMany = await RefundAsync(farmer, order, 1m, line, 2.5m);
        using var tooMuch = await RefundAsync(farmer, order, 20.01m);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        using var byCustomer = await RefundAsync(customer, order, 1m);
        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.StatusCode);
    }

    [Fact]
    public async Task Refunding_everything_makes_the_order_refunded_returns_its_stock_and_a_retried_key_refunds_once()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var order = await PaidOrderAsync(farmer, customer, offer, 2m);

        var key = "refund-" + Suffix();
        using var full = await RefundAsync(farmer, order, 20m, key: key);
        using var retried = await RefundAsync(farmer, order, 20m, key: key);

        Assert.Equal(HttpStatusCode.Created, full.StatusCode);
        var first = await full.Content.ReadFromJsonAsync<JsonElement>();
        var second = await retried.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        var view = await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{order}");
        Assert.Equal("Refunded", view.GetProperty("status").GetString());
        Assert.Equal(20m, view.GetProperty("refunded").GetDecimal());
        Assert.Equal((10m, 0m), await StockRowAsync(offer));
        using var more = await RefundAsync(farmer, order, 1m);
        Assert.Equal(HttpStatusCode.Conflict, more.StatusCode);
    }

    [Fact]
    public async Task A_company_invoice_needs_a_valid_credit_code_and_the_seller_records_the_issued_number()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var order = await PlaceAsync(customer, offer, 1m);

        // One character off: the check character no longer matches.
        using var typo = await customer.PutAsJsonAsync($"/api/market/orders/{order}/invoice",
            new { titleKind = "company", title = "杭州某某科技有限公司", taxpayerId = "91110108551385083Q", email = "caiwu@example.cn" });
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        Assert.True((await typo.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("taxpayerId", out _));
        using var special = await customer.PutAsJsonAsync($"/api/market/orders/{order}/invoice",
            new { titleKind = "company", title = "杭州某某科技有限公司", taxpayerId = "91110108551385082Q", email = "caiwu@example.cn", special = true });
        Assert.Equal(HttpStatusCode.BadRequest, special.StatusCode);
        Assert.True((await special.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("bankAccount", out _));

        using var requested = await customer.PutAsJsonAsync($"/api/market/orders/{order}/invoice",
            new { titleKind = "company", title = "杭州某某科技有限公司", taxpayerId = "91110108551385082q", email = "caiwu@example.cn" });
        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        Assert.Equal("91110108551385082Q", (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("taxpayerId").GetString());

        // The seller sees the request, with the form to record the issued invoice, on the order's page.
        using var sellerBrowser = await app.CookieClientAsync(DemoAccounts.Farmer);
        var sellerPage = WebUtility.HtmlDecode(await sellerBrowser.GetStringAsync($"/market/orders/{order}"));
        Assert.Contains("91110108551385082Q", sellerPage);
        Assert.Contains($"action=\"/api/market/orders/{order}/invoice/issued\"", sellerPage);

        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToChinaTime().DateTime);
        using var byCustomer = await customer.PostAsJsonAsync($"/api/market/orders/{order}/invoice/issued", new { number = "12345678", issuedOn = today });
        using var issued = await farmer.PostAsJsonAsync($"/api/market/orders/{order}/invoice/issued", new { number = "12345678", issuedOn = today });
        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.True((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issued").GetBoolean());
        using var changed = await customer.PutAsJsonAsync($"/api/market/orders/{order}/invoice",
            new { titleKind = "personal", title = "张三", email = "zhang@example.cn" });
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);

        using var browser = await app.CookieClientAsync(DemoAccounts.Visitor);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/market/orders/{order}"));
        Assert.Contains("12345678", page);
        Assert.Contains("电子发票由合作社开具后发送到邮箱", page);
    }

    [Fact]
    public async Task A_complaint_with_a_photo_is_resolved_with_a_refund_and_odd_uploads_are_refused()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var order = await PaidOrderAsync(farmer, customer, offer, 2m);

        using var tooEarly = await ComplainAsync(customer, order, Png(), "image/png");
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        await StepAsync(farmer, order, "picking", "Picking");
        await StepAsync(farmer, order, "dispatch", "Dispatched");

        using var text = await ComplainAsync(customer, order, "not a photo"u8.ToArray(), "text/plain");
        using var huge = await ComplainAsync(customer, order, new byte[(8 * 1024 * 1024) + 1], "image/jpeg");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal("application/problem+json", huge.Content.Headers.ContentType?.MediaType);

        using var filed = await ComplainAsync(customer, order, Png(), "image/png");
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var complaint = await filed.Content.ReadFromJsonAsync<JsonElement>();
        var photo = complaint.GetProperty("photos")[0].GetString()!;
        using var asCustomer = await customer.GetAsync(photo);
        using var asSeller = await farmer.GetAsync(photo);
        using var leader = await app.SignedInAsync(DemoAccounts.Leader);
        using var asStranger = await leader.GetAsync(photo);
        Assert.Equal("image/jpeg", asCustomer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, asSeller.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asStranger.StatusCode);

        var id = complaint.GetProperty("id").GetGuid();
        using var resolved = await farmer.PostAsJsonAsync($"/api/market/orders/{order}/complaints/{id}/resolution", new { resolution = "refund", amount = 6.40m });
        using var again = await farmer.PostAsJsonAsync($"/api/market/orders/{order}/complaints/{id}/resolution", new { resolution = "refund", amount = 6.40m });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var view = await resolved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Resolved", view.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, view.GetProperty("refundId").ValueKind);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(6.40m, (await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{order}")).GetProperty("refunded").GetDecimal());
    }

    [Fact]
    public async Task The_farmer_page_shows_what_to_pick_and_the_customer_pages_show_the_order_and_its_progress()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10, name: "测试萝卜");
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var order = await PlaceAsync(customer, offer, 1.5m);
        var number = (await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{order}")).GetProperty("number").GetString()!;

        using var farmerBrowser = await app.CookieClientAsync(DemoAccounts.Farmer);
        var desk = WebUtility.HtmlDecode(await farmerBrowser.GetStringAsync("/market/farmer"));
        Assert.Contains("明天要采摘、拣货的量", desk);
        Assert.Contains($"data-offer=\"{offer}\"", desk);
        Assert.Contains("1.5公斤", desk); // the unit as people say it, not its code (kg)
        Assert.Contains(number, desk);
        Assert.Contains("开始拣货", desk);

        using var browser = await app.CookieClientAsync(DemoAccounts.Visitor);
        Assert.Contains(number, WebUtility.HtmlDecode(await browser.GetStringAsync("/market/orders")));
        var detail = WebUtility.HtmlDecode(await browser.GetStringAsync($"/market/orders/{order}"));
        Assert.Contains("订单进度", detail);
        Assert.Contains("已下单", detail);
        Assert.Contains("取消订单", detail);
        Assert.Contains("查看转账信息", detail);

        // Someone with no part in the order sees that there is nothing for them, not the order.
        using var leader = await app.CookieClientAsync(DemoAccounts.Leader);
        var stranger = WebUtility.HtmlDecode(await leader.GetStringAsync($"/market/orders/{order}"));
        Assert.Contains("找不到这个订单", stranger);
        Assert.DoesNotContain(number, stranger);
    }

    static string Suffix() => Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    static async Task<Guid> PlaceAsync(HttpClient customer, Guid offer, decimal kg)
    {
        using var placed = await customer.PostAsJsonAsync("/api/market/orders", new
        {
            lines = new[] { new { offerId = offer, quantity = kg, unit = "kg" } }, paymentMethod = "bank-transfer", deliveryAddress = "杭州市西湖区文三路1号",
        });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    static async Task<Guid> PaidOrderAsync(HttpClient farmer, HttpClient customer, Guid offer, decimal kg)
    {
        var order = await PlaceAsync(customer, offer, kg);
        using var paid = await farmer.PostAsync($"/api/market/orders/{order}/payments/confirm", null);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        return order;
    }

    static async Task StepAsync(HttpClient client, Guid order, string step, string expected)
    {
        using var response = await client.PostAsync($"/api/market/orders/{order}/{step}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    static async Task LotAsync(HttpClient farmer, Guid offer, string code, DateOnly harvested, decimal quantity)
    {
        using var added = await farmer.PostAsJsonAsync($"/api/market/offers/{offer}/lots", new { lotCode = code, harvestedOn = harvested, quantity });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
    }

    static Task<HttpResponseMessage> RefundAsync(HttpClient client, Guid order, decimal amount, Guid? line = null, decimal quantity = 0, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/market/orders/{order}/refunds")
        {
            Content = JsonContent.Create(new
            {
                lines = line is null ? Array.Empty<object>() : [new { lineId = line, quantity }], amount, reason = "测试退款",
            }),
        };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    static Task<HttpResponseMessage> ComplainAsync(HttpClient customer, Guid order, byte[] photo, string contentType)
    {
        var form = new MultipartFormDataContent { { new StringContent("damaged"), "kind" }, { new StringContent("桃子压坏了两个"), "text" } };
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "photos", "photo.png");
        return customer.PostAsync($"/api/market/orders/{order}/complaints", form);
    }

    /// <summary>The offer row's Available and Reserved, read from the database (stored as thousandths).</summary>
    async Task<(decimal Available, decimal Reserved)> StockRowAsync(Guid offer)
    {
        await using var db = await app.OpenDatabaseAsync();
        await using var command = db.CreateCommand();
        command.CommandText = $"SELECT \"Available\", \"Reserved\" FROM {app.Table("market", "market_offer")} WHERE \"Id\" = @id";
        AddId(command, offer);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0) / 1000m, reader.GetInt64(1) / 1000m);
    }

    async Task<decimal> LotRemainingAsync(Guid offer, string code)
    {
        await using var db = await app.OpenDatabaseAsync();
        await using var command = db.CreateCommand();
        command.CommandText = $"SELECT \"Remaining\" FROM {app.Table("market", "market_stock_lot")} WHERE \"OfferId\" = @id AND \"LotCode\" = '{code}'";
        AddId(command, offer);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) / 1000m;
    }

    void AddId(System.Data.Common.DbCommand command, Guid id)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = app.IsPostgres ? id : id.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
    }
}
