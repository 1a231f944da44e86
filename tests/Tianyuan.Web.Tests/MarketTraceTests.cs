namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>
/// Market and Trace together: a product with a GTIN is "not yet traceable" until one of its lots is dispatched; the
/// dispatch becomes an EPCIS shipping event through the Trace contract, and the shop then links to the product's record.
/// </summary>
public class MarketTraceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task Dispatching_a_lot_of_a_product_with_a_GTIN_records_a_shipping_event_and_the_shop_shows_it_traceable()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (organisation, village) = await MarketTestData.SellerAsync(farmer);
        using var created = await farmer.PostAsJsonAsync("/api/market/products", new
        {
            organisationId = organisation, villageCode = village, nameZh = "溯源测试猕猴桃", category = "fruit", storage = "chilled",
            shelfLifeDays = 20, gtin = "6901234567892",
            offers = new[] { new { nameZh = "一级 · 斤", unit = "斤", minQuantity = 2m, step = 1m, unitPrice = 9.9m, available = 0m } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var product = await created.Content.ReadFromJsonAsync<JsonElement>();
        var productId = product.GetProperty("id").GetGuid();
        var offer = product.GetProperty("offers")[0].GetProperty("id").GetGuid();
        using var anonymous = app.Client();
        Assert.Contains("尚未接入溯源", WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/market/products/{productId}")));

        var harvested = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);
        using var lot = await farmer.PostAsJsonAsync($"/api/market/offers/{offer}/lots", new { lotCode = "KW2611A", harvestedOn = harvested, quantity = 40m });
        Assert.Equal(HttpStatusCode.Created, lot.StatusCode);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        using var placed = await MarketTestData.OrderAsync(customer, offer, 4m, "斤");
        var order = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await farmer.PostAsync($"/api/market/orders/{order}/picking", null)).Dispose();
        using var dispatched = await farmer.PostAsync($"/api/market/orders/{order}/dispatch", null);
        Assert.Equal("KW2611A", (await dispatched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines")[0].GetProperty("lotCode").GetString());

        // The shipping event follows the dispatch through the outbox; 4 斤 is 2 kg in the event.
        JsonElement events = default;
        for (var i = 0; i < 100; i++)
        {
            events = await anonymous.GetFromJsonAsync<JsonElement>("/epcis/events?EQ_bizStep=shipping&perPage=100");
            if (events.ToString().Contains("KW2611A", StringComparison.Ordinal))
                break;
            await Task.Delay(100);
        }

        var shipping = events.ToString();
        Assert.Contains("KW2611A", shipping);
        Assert.Contains("KGM", shipping);
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/market/products/{productId}"));
        Assert.Contains("/01/06901234567892", page);
        Assert.DoesNotContain("尚未接入溯源", page);
    }
}
