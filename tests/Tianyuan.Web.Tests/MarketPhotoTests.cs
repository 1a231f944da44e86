namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>Product photos: the seller uploads (re-encoded, at most six), everyone sees them on the shop and product pages; on SQLite and (second pass) PostgreSQL.</summary>
public class MarketPhotoTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task The_seller_adds_a_photo_that_the_shop_and_the_product_page_show_and_can_remove_it()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (product, name) = await NewProductAsync(farmer);

        using var uploaded = await UploadAsync(farmer, product, Png(), "image/png");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var photo = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var url = photo.GetProperty("url").GetString()!;
        var thumb = photo.GetProperty("thumbnailUrl").GetString()!;

        using var anonymous = app.Client();
        foreach (var path in new[] { url, thumb })
        {
            using var served = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", served.Headers.CacheControl?.ToString());
            // Re-encoded: a JPEG whatever was uploaded.
            var bytes = await served.Content.ReadAsByteArrayAsync();
            Assert.Equal([0xFF, 0xD8], bytes[..2]);
        }

        Assert.Contains(url, await anonymous.GetStringAsync($"/market/products/{product}"));
        Assert.Contains(thumb, await anonymous.GetStringAsync($"/market?q={Uri.EscapeDataString(name)}"));

        using var removed = await farmer.DeleteAsync($"/api/market/products/{product}/photos/{photo.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.DoesNotContain("product-thumb", await anonymous.GetStringAsync($"/market?q={Uri.EscapeDataString(name)}"));
    }

    [Fact]
    public async Task Odd_uploads_another_farmer_and_a_seventh_photo_are_refused_and_change_nothing()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (product, _) = await NewProductAsync(farmer);

        using var text = await UploadAsync(farmer, product, "not a photo"u8.ToArray(), "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        using var huge = await UploadAsync(farmer, product, new byte[(8 * 1024 * 1024) + 1], "image/jpeg");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        using var fake = await UploadAsync(farmer, product, "GIF89a not really"u8.ToArray(), "image/jpeg");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fake.StatusCode);
        using var other = await OtherFarmerAsync(app);
        using var notTheirs = await UploadAsync(other, product, Png(), "image/png");
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(customer, product, Png(), "image/png")).StatusCode);
        Assert.Equal(0, await PhotoCountAsync(product));

        for (var i = 0; i < 6; i++)
            Assert.Equal(HttpStatusCode.Created, (await UploadAsync(farmer, product, Png(), "image/png")).StatusCode);
        using var seventh = await UploadAsync(farmer, product, Png(), "image/png");
        Assert.Equal(HttpStatusCode.Conflict, seventh.StatusCode);
        Assert.Equal(6, await PhotoCountAsync(product));
        using var anonymous = app.Client();
        Assert.DoesNotContain("id=\"photo-upload\"", await anonymous.GetStringAsync($"/market/products/{product}"));
    }

    static async Task<(Guid Product, string Name)> NewProductAsync(HttpClient farmer)
    {
        var name = $"测试照片{Guid.NewGuid().ToString("N")[..4]}";
        await NewOfferAsync(farmer, available: 5, name: name);
        var offers = await farmer.GetFromJsonAsync<JsonElement>($"/api/market/offers?q={Uri.EscapeDataString(name)}");
        return (offers.GetProperty("items")[0].GetProperty("productId").GetGuid(), name);
    }

    static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid product, byte[] bytes, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", "photo.png" } };
        return client.PostAsync($"/api/market/products/{product}/photos", form);
    }

    async Task<long> PhotoCountAsync(Guid product)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {app.Table("market", "market_product_photo")} WHERE \"ProductId\" = @product";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "product";
        parameter.Value = app.IsPostgres ? product : product.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
