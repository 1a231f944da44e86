namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>The seller's coupon list behind /market/farmer/coupons: only the farm's own codes, newest first, paged.</summary>
public class MarketSellerCouponsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_farm_lists_the_codes_it_issued_newest_first_and_no_other_farm_sees_them()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (organisation, _) = await SellerAsync(farmer);
        var codes = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var code = "LIST" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            using var created = await farmer.PostAsJsonAsync("/api/market/coupons", new
            {
                organisationId = organisation, code, kind = "amount-off", value = 3m, minSpend = 30m,
                validFrom = DateTimeOffset.UtcNow.AddMinutes(-1), validUntil = DateTimeOffset.UtcNow.AddDays(3), perCustomerLimit = 1, totalLimit = 10,
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            codes.Add(code);
        }

        var page = await farmer.GetFromJsonAsync<JsonElement>("/api/market/seller/coupons?page=1");
        var listed = page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.True(listed.IndexOf(codes[1]) is >= 0 and var newer && newer < listed.IndexOf(codes[0]), "the newer code comes first");
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        Assert.All(page.GetProperty("items").EnumerateArray(), c => Assert.Equal("seller", c.GetProperty("source").GetString()));

        using var other = await OtherFarmerAsync(app);
        var theirs = await other.GetFromJsonAsync<JsonElement>("/api/market/seller/coupons");
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), c => codes.Contains(c.GetProperty("code").GetString()!));
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        Assert.Equal(0, (await customer.GetFromJsonAsync<JsonElement>("/api/market/seller/coupons")).GetProperty("total").GetInt32());
    }
}
