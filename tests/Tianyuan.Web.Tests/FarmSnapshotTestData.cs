namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SkiaSharp;
using Tianyuan.Kernel.Demo;

/// <summary>A plot with a camera and a family adopting a tree on it, for the snapshot API and browser tests.</summary>
static class FarmSnapshotTestData
{
    public sealed record AdoptedPlot(Guid Farm, Guid Plot, Guid Camera, string CameraKey, Guid Adoption);

    /// <summary>A camera-like JPEG: sky over a green field, so a screenshot shows a picture rather than a grey box.</summary>
    public static byte[] Jpeg(int width = 640, int height = 480)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(150, 200, 235));
            using var field = new SKPaint { Color = new SKColor(70, 140, 60) };
            canvas.DrawRect(0, height * 0.55f, width, height, field);
            using var tree = new SKPaint { Color = new SKColor(40, 95, 45) };
            canvas.DrawCircle(width * 0.3f, height * 0.45f, height * 0.18f, tree);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray();
    }

    public static MultipartFormDataContent Upload(byte[] bytes, string contentType = "image/jpeg")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", "snapshot.jpg" } };
    }

    public static async Task<HttpResponseMessage> CameraPostAsync(TestApp app, Guid camera, string key, HttpContent content)
    {
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/farm/devices/{camera}/snapshots") { Content = content };
        request.Headers.Add("X-Device-Key", key);
        return await client.SendAsync(request);
    }

    /// <summary>A new plot of the demo farm with a camera, a plan on it (with a live stream when given), and the family's adoption.</summary>
    public static async Task<AdoptedPlot> AdoptedPlotAsync(HttpClient farmer, HttpClient family, string? streamUrl = null)
    {
        var farm = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items")[0].GetProperty("farmId").GetGuid();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var plot = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/plots", new { name = "桃园" + suffix, areaMu = 3, soilType = "壤土", fieldCapacity = 0.27, wiltingPoint = 0.12, crop = "水蜜桃" });
        Assert.Equal(HttpStatusCode.Created, plot.StatusCode);
        var plotId = (await plot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var camera = await farmer.PostAsJsonAsync("/api/farm/devices", new { plotId, name = "摄像头" + suffix, kind = "camera" });
        Assert.Equal(HttpStatusCode.Created, camera.StatusCode);
        var device = await camera.Content.ReadFromJsonAsync<JsonElement>();

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using var published = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/adoption-plans", new
        {
            plotId, kind = "tree", nameZh = "认养一棵看得见的桃树", seasonFrom = today, seasonUntil = today.AddMonths(6),
            price = 299m, promisedYield = 20m, yieldUnit = "斤", units = 5, streamUrl,
        });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var plan = await published.Content.ReadFromJsonAsync<JsonElement>();
        var product = await farmer.GetFromJsonAsync<JsonElement>($"/api/market/products/{plan.GetProperty("marketProductId").GetGuid()}");
        using var order = await MarketTestData.OrderAsync(family, product.GetProperty("offers")[0].GetProperty("id").GetGuid(), 1m, "piece");
        Assert.Equal(HttpStatusCode.Created, order.StatusCode);

        // The adoption follows the order through the outbox.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var mine = await family.GetFromJsonAsync<JsonElement>("/api/farm/adoptions/mine");
            if (mine.EnumerateArray().FirstOrDefault(a => a.GetProperty("planId").GetGuid() == plan.GetProperty("id").GetGuid()) is { ValueKind: JsonValueKind.Object } adoption)
                return new(farm, plotId, device.GetProperty("id").GetGuid(), device.GetProperty("key").GetString()!, adoption.GetProperty("id").GetGuid());
            await Task.Delay(100);
        }

        throw new TimeoutException("the adoption did not follow the order");
    }

    public static Task<HttpClient> FamilyAsync(TestApp app) => app.SignedInAsync(DemoAccounts.Visitor);
}
