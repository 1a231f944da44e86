namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>The seller's pre-sale list behind /market/farmer/presales: only the farm's own, newest first, with state and pre-orders.</summary>
public class MarketSellerPreSalesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_farm_lists_its_pre_sales_newest_first_and_no_other_seller_or_customer_sees_them()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var names = new List<string>();
        var ids = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var name = "列表预售" + Guid.NewGuid().ToString("N")[..8];
            ids.Add(await PublishAsync(farmer, name));
            names.Add(name);
        }

        using var visitor = await app.SignedInAsync(DemoAccounts.Visitor);
        using var placed = await visitor.PostAsJsonAsync($"/api/market/presales/{ids[1]}/preorders", new { quantity = 3m, paymentMethod = "sandbox" });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);

        var page = await farmer.GetFromJsonAsync<JsonElement>("/api/market/seller/presales?page=1");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        var listed = items.Select(r => r.GetProperty("preSale").GetProperty("productName").GetString()).ToList();
        Assert.True(listed.IndexOf(names[1]) is >= 0 and var newer && newer < listed.IndexOf(names[0]), "the newer pre-sale comes first");
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        var newest = items.Single(r => r.GetProperty("preSale").GetProperty("id").GetGuid() == ids[1]);
        Assert.Equal("open", newest.GetProperty("state").GetString());
        Assert.Equal(1, newest.GetProperty("preOrders").GetInt32());
        Assert.Equal(3m, newest.GetProperty("preSale").GetProperty("committed").GetDecimal());

        using var other = await OtherFarmerAsync(app);
        var theirs = await other.GetFromJsonAsync<JsonElement>("/api/market/seller/presales");
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), r => ids.Contains(r.GetProperty("preSale").GetProperty("id").GetGuid()));
        // A customer sells for no organisation: an empty list, as for seller coupons.
        Assert.Equal(0, (await visitor.GetFromJsonAsync<JsonElement>("/api/market/seller/presales")).GetProperty("total").GetInt32());

        using var anonymous = app.Client();
        using var signedOut = await anonymous.GetAsync("/api/market/seller/presales");
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
    }

    [Fact]
    public async Task A_harvested_pre_sale_is_listed_as_harvested()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var id = await PublishAsync(farmer, "采收预售" + Guid.NewGuid().ToString("N")[..8]);
        using var harvest = await farmer.PostAsJsonAsync($"/api/market/presales/{id}/harvest", new { actualYield = 100m });
        Assert.Equal(HttpStatusCode.OK, harvest.StatusCode);

        var page = await farmer.GetFromJsonAsync<JsonElement>("/api/market/seller/presales");
        var row = page.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("preSale").GetProperty("id").GetGuid() == id);
        Assert.Equal("harvested", row.GetProperty("state").GetString());
        Assert.Equal(0, row.GetProperty("preOrders").GetInt32());
    }

    /// <summary>A pre-sale of rice by the kg, taking orders now; returns its id.</summary>
    internal static async Task<Guid> PublishAsync(HttpClient farmer, string name)
    {
        var (organisation, village) = await SellerAsync(farmer);
        using var created = await farmer.PostAsJsonAsync("/api/market/presales", new
        {
            organisationId = organisation, villageCode = village, productName = name, variety = "南粳46", unit = "kg", expectedYield = 500m,
            step = 1m, pricePerUnit = 8m, depositPercent = 25m, orderOpensAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            orderClosesAt = DateTimeOffset.UtcNow.AddDays(30), deliveryFrom = DateTime.UtcNow.AddDays(120).ToString("yyyy-MM-dd"),
            deliveryUntil = DateTime.UtcNow.AddDays(150).ToString("yyyy-MM-dd"), maxPerCustomer = 50m,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
