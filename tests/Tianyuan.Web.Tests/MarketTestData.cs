namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SkiaSharp;
using Tianyuan.Kernel.Demo;

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

    /// <summary>The demo host, made a farmer of another organisation than the demo farmer's: a seller, but not of the demo farmer's products and orders.</summary>
    public static async Task<HttpClient> OtherFarmerAsync(TestApp app)
    {
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (sellerOrg, _) = await SellerAsync(farmer);
        var host = (await admin.GetFromJsonAsync<JsonElement>("/api/regions/people?q=host%40")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var orgs = (await admin.GetFromJsonAsync<JsonElement>("/api/regions/organisations?pageSize=100")).GetProperty("items").EnumerateArray();
        foreach (var org in orgs.Where(o => o.GetProperty("id").GetGuid() != sellerOrg))
        {
            using var granted = await admin.PostAsJsonAsync($"/api/regions/people/{host}/roles",
                new { role = "Farmer", organisationId = org.GetProperty("id").GetGuid() });
            if (granted.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict)
                return await app.SignedInAsync(DemoAccounts.Host);
        }

        throw new InvalidOperationException("no other organisation to make the host a farmer of");
    }

    /// <summary>A small PNG that decodes, for photo uploads.</summary>
    public static byte[] Png()
    {
        using var bitmap = new SKBitmap(64, 48);
        using (var canvas = new SKCanvas(bitmap))
            canvas.Clear(SKColors.Peru);
        using var png = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>
    /// A delivery order (an address, no pickup point) of one offer taken all the way through the API: picking,
    /// dispatch and delivery by the farmer, completion by the customer. Returns the order id and its line's id.
    /// </summary>
    public static async Task<(Guid Order, Guid Line)> CompletedDeliveryOrderAsync(HttpClient farmer, HttpClient customer, Guid offer, decimal kg)
    {
        using var placed = await customer.PostAsJsonAsync("/api/market/orders", new
        {
            lines = new[] { new { offerId = offer, quantity = kg, unit = "kg" } }, paymentMethod = "bank-transfer", deliveryAddress = "杭州市西湖区文三路1号",
        });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var view = await placed.Content.ReadFromJsonAsync<JsonElement>();
        var order = view.GetProperty("id").GetGuid();
        foreach (var (client, step) in new[] { (farmer, "picking"), (farmer, "dispatch"), (farmer, "delivered"), (customer, "complete") })
        {
            using var done = await client.PostAsync($"/api/market/orders/{order}/{step}", null);
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        return (order, view.GetProperty("lines")[0].GetProperty("id").GetGuid());
    }
}
