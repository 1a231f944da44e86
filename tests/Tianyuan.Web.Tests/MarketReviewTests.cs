namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>Reviews per order line after completion, the farm's one reply, and moderation that hides but keeps.</summary>
public class MarketReviewTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_completed_line_is_reviewed_once_the_farm_replies_once_and_an_operator_hides_with_a_reason()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var name = $"测试评价{Guid.NewGuid().ToString("N")[..4]}";
        var offer = await NewOfferAsync(farmer, available: 20, name: name);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        using var placed = await OrderAsync(customer, offer, 2m);
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>();
        var line = order.GetProperty("lines")[0].GetProperty("id").GetGuid();

        using var early = await customer.PostAsJsonAsync($"/api/market/order-lines/{line}/review", new { rating = 5, text = "很甜" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        await CompleteAsync(order.GetProperty("number").GetString()!);

        using var badRating = await customer.PostAsJsonAsync($"/api/market/order-lines/{line}/review", new { rating = 6, text = "很甜" });
        Assert.Equal(HttpStatusCode.BadRequest, badRating.StatusCode);
        Assert.Contains("rating", await badRating.Content.ReadAsStringAsync());
        using var stranger = await app.SignedInAsync(DemoAccounts.Leader);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/market/order-lines/{line}/review", new { rating = 1, text = "差" })).StatusCode);

        using var written = await customer.PostAsJsonAsync($"/api/market/order-lines/{line}/review", new { rating = 4, text = "番茄很新鲜，下次还买。" });
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var review = (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var twice = await customer.PostAsJsonAsync($"/api/market/order-lines/{line}/review", new { rating = 1, text = "改主意了" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        using var anonymous = app.Client();
        var product = (await anonymous.GetFromJsonAsync<JsonElement>($"/api/market/offers?q={Uri.EscapeDataString(name)}"))
            .GetProperty("items")[0].GetProperty("productId").GetGuid();
        var list = await anonymous.GetFromJsonAsync<JsonElement>($"/api/market/products/{product}/reviews");
        Assert.Equal(1, list.GetProperty("count").GetInt32());
        Assert.Equal(4.0, list.GetProperty("average").GetDouble());
        Assert.True(list.GetProperty("farmCount").GetInt32() >= 1);

        Assert.Equal(HttpStatusCode.Forbidden, (await customer.PostAsJsonAsync($"/api/market/reviews/{review}/reply", new { text = "谢谢" })).StatusCode);
        using var reply = await farmer.PostAsJsonAsync($"/api/market/reviews/{review}/reply", new { text = "谢谢支持，欢迎来村里玩！" });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await farmer.PostAsJsonAsync($"/api/market/reviews/{review}/reply", new { text = "再谢" })).StatusCode);
        Assert.Contains("欢迎来村里玩", await anonymous.GetStringAsync($"/api/market/products/{product}/reviews"));

        Assert.Equal(HttpStatusCode.Forbidden, (await farmer.PostAsJsonAsync($"/api/market/reviews/{review}/hide", new { reason = "不喜欢" })).StatusCode);
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        using var hidden = await admin.PostAsJsonAsync($"/api/market/reviews/{review}/hide", new { reason = "含有联系方式" });
        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        var after = await anonymous.GetFromJsonAsync<JsonElement>($"/api/market/products/{product}/reviews");
        Assert.Equal(0, after.GetProperty("count").GetInt32());
        Assert.Empty(after.GetProperty("reviews").GetProperty("items").EnumerateArray());
        // Kept on record with the reason.
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"HiddenReason\" FROM {app.Table("market", "market_product_review")} WHERE \"Text\" = '番茄很新鲜，下次还买。'";
        Assert.Equal("含有联系方式", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_order_page_offers_a_review_form_per_unreviewed_line_and_the_product_page_shows_reply_and_hide_forms_to_who_may_use_them()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var name = $"测试评价{Guid.NewGuid().ToString("N")[..4]}";
        var offer = await NewOfferAsync(farmer, available: 20, name: name);
        using var customer = await app.CookieClientAsync(DemoAccounts.Visitor);
        using var customerApi = await app.SignedInAsync(DemoAccounts.Visitor);
        var (order, line) = await CompletedDeliveryOrderAsync(farmer, customerApi, offer, 1m);

        var before = await customer.GetStringAsync($"/market/orders/{order}");
        Assert.Contains($"/api/market/order-lines/{line}/review", before);
        using var written = await customerApi.PostAsJsonAsync($"/api/market/order-lines/{line}/review", new { rating = 3, text = "还可以" });
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var review = (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var after = await customer.GetStringAsync($"/market/orders/{order}");
        Assert.DoesNotContain($"/api/market/order-lines/{line}/review", after);
        Assert.Contains($"data-reviewed-line=\"{line}\"", after);

        using var anonymous = app.Client();
        var product = (await anonymous.GetFromJsonAsync<JsonElement>($"/api/market/offers?q={Uri.EscapeDataString(name)}"))
            .GetProperty("items")[0].GetProperty("productId").GetGuid();
        var reply = $"/api/market/reviews/{review}/reply";
        var hide = $"/api/market/reviews/{review}/hide";
        var asCustomer = WebUtility.HtmlDecode(await customer.GetStringAsync($"/market/products/{product}"));
        Assert.Contains("还可以", asCustomer);
        Assert.DoesNotContain(reply, asCustomer);
        Assert.DoesNotContain(hide, asCustomer);
        using var farmerPages = await app.CookieClientAsync(DemoAccounts.Farmer);
        var asFarmer = await farmerPages.GetStringAsync($"/market/products/{product}");
        Assert.Contains(reply, asFarmer);
        Assert.DoesNotContain(hide, asFarmer);
        using var adminPages = await app.CookieClientAsync(DemoAccounts.Admin);
        Assert.Contains(hide, await adminPages.GetStringAsync($"/market/products/{product}"));

        // Once replied, the farm's form is gone and the reply shows.
        using var replied = await farmer.PostAsJsonAsync(reply, new { text = "谢谢，会更用心" });
        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);
        var afterReply = WebUtility.HtmlDecode(await farmerPages.GetStringAsync($"/market/products/{product}"));
        Assert.DoesNotContain(reply, afterReply);
        Assert.Contains("谢谢，会更用心", afterReply);
    }

    async Task CompleteAsync(string number)
    {
        // Completion (pickup / delivery confirmation) belongs to another part of the Market; set it directly here.
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {app.Table("market", "market_order")} SET \"Status\" = 'Completed' WHERE \"Number\" = '{number}'";
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
