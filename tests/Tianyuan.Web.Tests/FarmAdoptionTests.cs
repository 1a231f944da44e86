namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>
/// Adoption (认养): a farmer offers trees of a plot, a family adopts one through an ordinary shop order, watches the plot,
/// and a cancelled order frees the tree again. The shop's stock decides who gets the last tree.
/// </summary>
public class FarmAdoptionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_family_adopts_a_tree_through_the_shop_watches_its_plot_and_cancelling_frees_it()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var plot = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items")[0];
        var farmId = plot.GetProperty("farmId").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using var published = await farmer.PostAsJsonAsync($"/api/farm/farms/{farmId}/adoption-plans", new
        {
            plotId = plot.GetProperty("id").GetGuid(), kind = "tree", nameZh = "认养一棵测试桃树", seasonFrom = today, seasonUntil = today.AddMonths(8),
            price = 399m, promisedYield = 25m, yieldUnit = "斤", units = 2,
        });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var plan = await published.Content.ReadFromJsonAsync<JsonElement>();
        var product = await farmer.GetFromJsonAsync<JsonElement>($"/api/market/products/{plan.GetProperty("marketProductId").GetGuid()}");
        Assert.Equal("adoption", product.GetProperty("category").GetString());
        var offer = product.GetProperty("offers")[0];
        Assert.Equal(2m, offer.GetProperty("available").GetDecimal());

        using var family = await app.SignedInAsync(DemoAccounts.Visitor);
        using var order = await MarketTestData.OrderAsync(family, offer.GetProperty("id").GetGuid(), 1m, "piece");
        Assert.Equal(HttpStatusCode.Created, order.StatusCode);
        var orderId = (await order.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var mine = await EventuallyAsync(family, list => list.EnumerateArray().Any(a => a.GetProperty("planId").GetGuid() == plan.GetProperty("id").GetGuid()));
        var adoption = mine.EnumerateArray().Single(a => a.GetProperty("planId").GetGuid() == plan.GetProperty("id").GetGuid());
        Assert.Equal(1, adoption.GetProperty("unitNumber").GetInt32());
        var watched = await family.GetFromJsonAsync<JsonElement>($"/api/farm/adoptions/{adoption.GetProperty("id").GetGuid()}");
        Assert.Equal(plot.GetProperty("name").GetString(), watched.GetProperty("plotName").GetString());
        Assert.Equal(1, watched.GetProperty("plan").GetProperty("adopted").GetInt32());

        using var stranger = await app.SignedInAsync(DemoAccounts.Host);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/farm/adoptions/{adoption.GetProperty("id").GetGuid()}")).StatusCode);

        // One tree left: an order for two is refused by the shop, nothing is adopted.
        using var tooMany = await MarketTestData.OrderAsync(stranger, offer.GetProperty("id").GetGuid(), 2m, "piece");
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);

        using var cancel = await family.PostAsync($"/api/market/orders/{orderId}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        await EventuallyAsync(family, list => list.EnumerateArray().All(a => a.GetProperty("planId").GetGuid() != plan.GetProperty("id").GetGuid()));
        using var anonymous = app.Client();
        var plans = await anonymous.GetFromJsonAsync<JsonElement>("/api/farm/adoption-plans?page=1");
        var listed = plans.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("plan").GetProperty("id").GetGuid() == plan.GetProperty("id").GetGuid());
        Assert.Equal(2, listed.GetProperty("free").GetInt32());
    }

    [Fact]
    public async Task A_plan_with_bad_fields_is_refused_naming_them_and_only_the_farms_people_may_publish()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var plot = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items")[0];
        var farmId = plot.GetProperty("farmId").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using var bad = await farmer.PostAsJsonAsync($"/api/farm/farms/{farmId}/adoption-plans", new
        {
            plotId = plot.GetProperty("id").GetGuid(), kind = "cow", nameZh = "", seasonFrom = today, seasonUntil = today.AddDays(-1),
            price = -1m, promisedYield = 0m, yieldUnit = "bushel", units = 0,
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "kind", "nameZh", "seasonUntil", "price", "promisedYield", "yieldUnit", "units" })
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error on {field}");

        using var visitor = await app.SignedInAsync(DemoAccounts.Visitor);
        using var notTheirs = await visitor.PostAsJsonAsync($"/api/farm/farms/{farmId}/adoption-plans", new { plotId = plot.GetProperty("id").GetGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
    }

    /// <summary>Adoptions follow the shop order through the outbox, after the order's commit: poll until they do.</summary>
    static async Task<JsonElement> EventuallyAsync(HttpClient family, Func<JsonElement, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var mine = await family.GetFromJsonAsync<JsonElement>("/api/farm/adoptions/mine");
            if (done(mine) || attempt == 100)
                return done(mine) ? mine : throw new TimeoutException($"adoptions did not follow the order: {mine}");
            await Task.Delay(100);
        }
    }
}
