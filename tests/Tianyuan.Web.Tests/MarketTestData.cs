namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>Products, offers and orders for the Market tests, made through the module's own API.</summary>
static class MarketTestData
{
    /// <summary>The organisation and a village the signed-in farmer sells for (from their demo products).</summary>
    public static async Task<(Guid Organisation, string Village)> SellerAsync(HttpClient farmer)
    {
        var mine = await farmer.GetFromJsonAsync<JsonElement>("/api/market/seller/products");
        var first = mine.GetProperty("items")[0];
        return (first.GetProperty("organisationId").GetGuid(), first.GetProperty("villageCode").GetString()!);
    }

    /// <summary>A new product with one offer sold by the kg from 1 kg in 0.5 kg steps at ¥10/kg; returns the offer id.</summary>
    public static async Task<Guid> NewOfferAsync(HttpClient farmer, decimal available, decimal price = 10m, string unit = "kg",
        decimal min = 1m, decimal step = 0.5m, string name = "测试番茄")
    {
        var (organisation, village) = await SellerAsync(farmer);
        using var created = await farmer.PostAsJsonAsync("/api/market/products", new
        {
            organisationId = organisation, villageCode = village, nameZh = name, category = "vegetable", storage = "chilled",
            shelfLifeDays = 10, offers = new[] { new { nameZh = "一级 · 称重", unit, minQuantity = min, step, unitPrice = price, available } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var product = await created.Content.ReadFromJsonAsync<JsonElement>();
        return product.GetProperty("offers")[0].GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> OrderAsync(HttpClient customer, Guid offer, decimal quantity, string unit = "kg",
        string? idempotencyKey = null, Guid? campaignId = null, Guid? pickupPointId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/market/orders")
        {
            Content = JsonContent.Create(new { lines = new[] { new { offerId = offer, quantity, unit } }, campaignId, pickupPointId }),
        };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return customer.SendAsync(request);
    }

    public static async Task<(decimal Available, decimal Price)> OfferStockAsync(TestApp app, Guid offer)
    {
        using var anonymous = app.Client();
        var page = await anonymous.GetFromJsonAsync<JsonElement>($"/api/market/offers?q={Uri.EscapeDataString("测试")}&pageSize=100");
        var found = page.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == offer);
        return (found.GetProperty("available").GetDecimal(), found.GetProperty("price").GetDecimal());
    }
}
