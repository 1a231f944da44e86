namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>The Market issue's stable API for offers, stock and orders, on SQLite and (second pass) PostgreSQL.</summary>
public class MarketOrderTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task The_demo_shop_lists_offers_with_unit_price_and_stock_and_searches_by_name_and_village()
    {
        using var anonymous = app.Client();
        var all = await anonymous.GetFromJsonAsync<JsonElement>("/api/market/offers");
        Assert.InRange(all.GetProperty("total").GetInt32(), 150, 400);
        var first = all.GetProperty("items")[0];
        Assert.True(first.GetProperty("price").GetDecimal() > 0);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("unit").GetString()));
        Assert.True(first.GetProperty("available").GetDecimal() > 0);

        var peaches = await anonymous.GetFromJsonAsync<JsonElement>($"/api/market/offers?q={Uri.EscapeDataString("水蜜桃")}");
        Assert.NotEmpty(peaches.GetProperty("items").EnumerateArray());
        Assert.All(peaches.GetProperty("items").EnumerateArray(), o => Assert.Contains("水蜜桃", o.GetProperty("productName").GetString()));

        var village = first.GetProperty("villageCode").GetString()!;
        var local = await anonymous.GetFromJsonAsync<JsonElement>($"/api/market/offers?village={village}");
        Assert.All(local.GetProperty("items").EnumerateArray(), o => Assert.Equal(village, o.GetProperty("villageCode").GetString()));
        var page2 = await anonymous.GetFromJsonAsync<JsonElement>("/api/market/offers?page=2");
        Assert.NotEqual(first.GetProperty("id").GetGuid(), page2.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Only_the_selling_farm_sets_stock_and_a_negative_quantity_is_refused()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 5);

        using var set = await farmer.PutAsJsonAsync($"/api/market/offers/{offer}/stock", new { available = 10 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(10m, (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("available").GetDecimal());

        using var negative = await farmer.PutAsJsonAsync($"/api/market/offers/{offer}/stock", new { available = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("available", await negative.Content.ReadAsStringAsync());

        using var visitor = await app.SignedInAsync(DemoAccounts.Visitor);
        using var notTheirs = await visitor.PutAsJsonAsync($"/api/market/offers/{offer}/stock", new { available = 0 });
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        using var anonymous = app.Client();
        using var signedOut = await anonymous.PutAsJsonAsync($"/api/market/offers/{offer}/stock", new { available = 0 });
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal(10m, (await OfferStockAsync(app, offer)).Available);
    }

    [Fact]
    public async Task Ordering_1_5_kg_reserves_it_and_cancelling_returns_it_once()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 20, price: 12.8m);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);

        using var placed = await OrderAsync(customer, offer, 1.5m);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Placed", order.GetProperty("status").GetString());
        Assert.Equal(19.20m, order.GetProperty("total").GetDecimal());
        Assert.Equal(18.5m, (await OfferStockAsync(app, offer)).Available);

        // 3 斤 is 1.5 kg: the customer may order in any mass unit.
        using var inJin = await OrderAsync(customer, offer, 3m, "斤");
        Assert.Equal(HttpStatusCode.Created, inJin.StatusCode);
        Assert.Equal(1.5m, (await inJin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
        Assert.Equal(17m, (await OfferStockAsync(app, offer)).Available);

        var id = order.GetProperty("id").GetGuid();
        using var cancel = await customer.PostAsync($"/api/market/orders/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("Cancelled", (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var again = await customer.PostAsync($"/api/market/orders/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(18.5m, (await OfferStockAsync(app, offer)).Available);

        using var stranger = await app.SignedInAsync(DemoAccounts.Host);
        using var notTheirs = await stranger.GetAsync($"/api/market/orders/{id}");
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        var history = await customer.GetFromJsonAsync<JsonElement>("/api/market/orders");
        Assert.Contains(history.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task A_retried_order_with_the_same_idempotency_key_is_placed_once_and_another_body_is_refused()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        var key = Guid.NewGuid().ToString();

        using var first = await OrderAsync(customer, offer, 2m, idempotencyKey: key);
        using var retry = await OrderAsync(customer, offer, 2m, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(8m, (await OfferStockAsync(app, offer)).Available);

        using var other = await OrderAsync(customer, offer, 3m, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(8m, (await OfferStockAsync(app, offer)).Available);
    }

    [Theory]
    [InlineData(0.5, "kg", "lines[0].quantity")] // below the 1 kg minimum
    [InlineData(1.2, "kg", "lines[0].quantity")] // not a 0.5 kg step
    [InlineData(2, "box", "lines[0].unit")] // a box is not a mass
    [InlineData(2, "bushel", "lines[0].unit")] // not a unit we know
    [InlineData(0, "kg", "lines[0].quantity")]
    [InlineData(1.0001, "kg", "lines[0].quantity")] // finer than a gram
    public async Task Bad_quantities_and_units_are_refused_naming_the_field_and_take_no_stock(decimal quantity, string unit, string field)
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);

        using var refused = await OrderAsync(customer, offer, quantity, unit);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on {field}: {problem}");
        Assert.Equal(10m, (await OfferStockAsync(app, offer)).Available);

        using var unknown = await OrderAsync(customer, Guid.NewGuid(), 1m);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Two_hundred_buyers_racing_for_the_last_ten_units_get_exactly_ten_orders()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10, unit: "piece", min: 1, step: 1);
        var customers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.SignedInAsync(DemoAccounts.Visitor)));

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await OrderAsync(customers[i % customers.Length], offer, 1m, "piece");
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, body);
        }));

        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(190, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.All(answers.Where(a => a.StatusCode == HttpStatusCode.Conflict), a => Assert.Contains("lines[0].offerId", a.body));
        Assert.Equal(0m, (await OfferStockAsync(app, offer)).Available);
        foreach (var c in customers)
            c.Dispose();
    }

    [Fact]
    public async Task An_order_to_be_paid_online_that_never_is_expires_and_its_stock_returns_to_sale()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(farmer, available: 10);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        static async Task<Guid> IdOf(HttpResponseMessage r) => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var online = await customer.PostAsJsonAsync("/api/market/orders", new { lines = new[] { new { offerId = offer, quantity = 2m, unit = "kg" } }, paymentMethod = "sandbox" });
        using var transfer = await customer.PostAsJsonAsync("/api/market/orders", new { lines = new[] { new { offerId = offer, quantity = 3m, unit = "kg" } }, paymentMethod = "bank-transfer" });
        var (stale, fresh) = (await IdOf(online), await IdOf(transfer));
        Assert.Equal(5m, (await OfferStockAsync(app, offer)).Available);

        // The online order was placed an hour ago and never paid; the transfer has three days.
        await using (var db = await app.OpenDatabaseAsync())
        {
            using var back = db.CreateCommand();
            back.CommandText = $"UPDATE {app.Table("market", "market_order")} SET \"CreatedAt\" = @at WHERE \"Id\" = @id";
            var at = back.CreateParameter(); at.ParameterName = "at";
            at.Value = app.IsPostgres ? DateTimeOffset.UtcNow.AddHours(-1) : DateTimeOffset.UtcNow.AddHours(-1).UtcTicks;
            var id = back.CreateParameter(); id.ParameterName = "id"; id.Value = app.IsPostgres ? stale : stale.ToString().ToUpperInvariant();
            back.Parameters.Add(at); back.Parameters.Add(id);
            Assert.Equal(1, await back.ExecuteNonQueryAsync());
        }

        Assert.True(await app.RunJobAsync("UnpaidOrdersJob"));
        Assert.Equal("Cancelled", (await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{stale}")).GetProperty("status").GetString());
        Assert.Equal("Placed", (await customer.GetFromJsonAsync<JsonElement>($"/api/market/orders/{fresh}")).GetProperty("status").GetString());
        Assert.Equal(7m, (await OfferStockAsync(app, offer)).Available);
    }
}
