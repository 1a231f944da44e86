namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>The app with a known sandbox webhook secret, as an integrator configures it.</summary>
public sealed class MarketPaymentFixture : IAsyncLifetime
{
    public const string Secret = "whsec_tianyuan_tests_only";

    public TestApp App { get; private set; } = default!;

    public async Task InitializeAsync() =>
        App = await TestApp.StartAsync(new Dictionary<string, string?> { ["Market:Payments:Sandbox:Secret"] = Secret });

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// Paying an order: the sandbox provider's signed webhook (good, forged, stale, replayed, wrong amount) and the bank
/// transfer the seller confirms; on SQLite and (second pass) PostgreSQL.
/// </summary>
public class MarketPaymentTests(MarketPaymentFixture fixture) : IClassFixture<MarketPaymentFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_sandbox_payment_signed_with_the_configured_secret_marks_the_order_paid()
    {
        var (customer, order) = await PlacedOrderAsync("sandbox");
        using var start = await customer.PostAsync($"/api/market/orders/{order}/payments", null);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var step = await start.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("redirect", step.GetProperty("kind").GetString());
        var intent = step.GetProperty("intentId").GetGuid();
        Assert.Equal($"/market/pay/sandbox/{intent}", step.GetProperty("url").GetString());

        // The hosted page is the customer's, says it is a sandbox, and has no card form.
        using var browser = await app.CookieClientAsync(DemoAccounts.Visitor);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/market/pay/sandbox/{intent}"));
        Assert.Contains("支付沙箱 / Payment sandbox — no real money", page);
        Assert.DoesNotContain("卡号", page);
        Assert.DoesNotContain("cvv", page, StringComparison.OrdinalIgnoreCase);

        using var paid = await WebhookAsync(Event("evt_ok_" + intent.ToString("N"), intent, "payment.succeeded", 25m));
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var view = await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{order}");
        Assert.Equal("Paid", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("paid").GetBoolean());

        using var again = await customer.PostAsync($"/api/market/orders/{order}/payments", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_webhook_with_a_bad_or_missing_signature_or_an_old_timestamp_is_refused_and_changes_nothing()
    {
        var (customer, order) = await PlacedOrderAsync("sandbox");
        var intent = await IntentAsync(customer, order);
        var body = Event("evt_forged_" + intent.ToString("N"), intent, "payment.succeeded", 25m);

        using var forged = await WebhookAsync(body, secret: "not-the-secret");
        using var missing = await WebhookAsync(body, signature: "");
        using var garbage = await WebhookAsync(body, signature: "t=1,v1=zz");
        using var stale = await WebhookAsync(body, at: DateTimeOffset.UtcNow.AddMinutes(-6));

        foreach (var refused in new[] { forged, missing, garbage, stale })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal("urn:tianyuan:problem:webhook-signature", (await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal("urn:tianyuan:problem:webhook-stale", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal("Placed", (await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{order}")).GetProperty("status").GetString());

        // The same event, properly signed, still goes through: nothing was recorded by the refused attempts.
        using var genuine = await WebhookAsync(body);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Fact]
    public async Task A_replayed_event_is_a_409_and_pays_nothing_twice()
    {
        var (customer, order) = await PlacedOrderAsync("sandbox");
        var intent = await IntentAsync(customer, order);
        var body = Event("evt_replay_" + intent.ToString("N"), intent, "payment.succeeded", 25m);

        using var first = await WebhookAsync(body);
        using var replay = await WebhookAsync(body);
        using var replayLater = await WebhookAsync(body, at: DateTimeOffset.UtcNow.AddSeconds(30));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replayLater.StatusCode);
        Assert.Equal("urn:tianyuan:problem:webhook-replayed", (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        // A second success for the same intent under a new event id is received but changes nothing either.
        using var duplicate = await WebhookAsync(Event("evt_dup_" + intent.ToString("N"), intent, "payment.succeeded", 25m));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(1, await PaidEventsAsync(order));
    }

    [Fact]
    public async Task A_webhook_for_another_amount_is_a_422_and_the_order_stays_unpaid()
    {
        var (customer, order) = await PlacedOrderAsync("sandbox");
        var intent = await IntentAsync(customer, order);

        using var wrong = await WebhookAsync(Event("evt_amount_" + intent.ToString("N"), intent, "payment.succeeded", 0.01m));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal("urn:tianyuan:problem:payment-amount-mismatch", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        var view = await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{order}");
        Assert.Equal("Placed", view.GetProperty("status").GetString());
        Assert.False(view.GetProperty("paid").GetBoolean());
        Assert.Equal(0, await PaidEventsAsync(order));
    }

    [Fact]
    public async Task A_declined_sandbox_payment_leaves_the_order_payable()
    {
        var (customer, order) = await PlacedOrderAsync("sandbox");
        var intent = await IntentAsync(customer, order);

        using var declined = await WebhookAsync(Event("evt_declined_" + intent.ToString("N"), intent, "payment.failed", 25m));

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("Failed", (await declined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("intentStatus").GetString());
        var retry = await IntentAsync(customer, order);
        Assert.NotEqual(intent, retry);
    }

    [Fact]
    public async Task The_seller_confirms_a_bank_transfer_once_and_nobody_else_can()
    {
        var (customer, order) = await PlacedOrderAsync("bank-transfer");
        using var start = await customer.PostAsync($"/api/market/orders/{order}/payments", null);
        var step = await start.Content.ReadFromJsonAsync<JsonElement>();
        var number = (await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{order}")).GetProperty("number").GetString()!;
        Assert.Equal("instructions", step.GetProperty("kind").GetString());
        Assert.Contains(number, step.GetProperty("message").GetString());
        Assert.Equal(number, step.GetProperty("reference").GetString());

        using var byCustomer = await customer.PostAsync($"/api/market/orders/{order}/payments/confirm", null);
        using var otherFarmer = await OtherFarmerAsync(app);
        using var byOtherFarmer = await otherFarmer.PostAsync($"/api/market/orders/{order}/payments/confirm", null);
        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherFarmer.StatusCode);

        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var confirmed = await farmer.PostAsync($"/api/market/orders/{order}/payments/confirm", null);
        using var twice = await farmer.PostAsync($"/api/market/orders/{order}/payments/confirm", null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Paid", (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(1, await PaidEventsAsync(order));
    }

    /// <summary>A new ¥10/kg offer of the demo farmer, and 2.5 kg of it ordered by the visitor (¥25) with this payment method.</summary>
    async Task<(HttpClient Customer, Guid Order)> PlacedOrderAsync(string method)
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 20);
        var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        using var placed = await customer.PostAsJsonAsync("/api/market/orders", new
        {
            lines = new[] { new { offerId = offer, quantity = 2.5m, unit = "kg" } }, paymentMethod = method, deliveryAddress = "杭州市西湖区文三路1号",
        });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return (customer, (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    static async Task<Guid> IntentAsync(HttpClient customer, Guid order)
    {
        using var start = await customer.PostAsync($"/api/market/orders/{order}/payments", null);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        return (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("intentId").GetGuid();
    }

    static string Event(string eventId, Guid intent, string type, decimal amount) =>
        JsonSerializer.Serialize(new { eventId, intentId = intent, type, amount, occurredAt = DateTimeOffset.UtcNow });

    /// <summary>Posts a webhook as the provider would: signed over the exact bytes sent, unless told otherwise.</summary>
    async Task<HttpResponseMessage> WebhookAsync(string body, string secret = MarketPaymentFixture.Secret, string? signature = null, DateTimeOffset? at = null)
    {
        var t = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(t + "." + body));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/market/payments/sandbox/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature != "")
            request.Headers.Add("Tianyuan-Signature", signature ?? $"t={t},v1={Convert.ToHexStringLower(mac)}");
        using var provider = app.Client();
        return await provider.SendAsync(request);
    }

    async Task<long> PaidEventsAsync(Guid order)
    {
        await using var db = await app.OpenDatabaseAsync();
        await using var command = db.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {app.Table("market", "market_order_event")} WHERE \"OrderId\" = @order AND \"Status\" = 'Paid'";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "order";
        parameter.Value = app.IsPostgres ? order : order.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
