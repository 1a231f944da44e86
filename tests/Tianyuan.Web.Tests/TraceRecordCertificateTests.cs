namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>
/// The input step's certificate photo (农药登记证 / 购买凭证) through the API's multipart POST: its hash goes into the
/// logged input event, the consumer page links it and anyone may fetch it; odd uploads are refused (415, 413, 422)
/// storing nothing; a photo changed after it was recorded is not shown as the recorded one.
/// </summary>
public class TraceRecordCertificateTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    const string Gtin = "09521141012345";
    const string Farm = "9521141000014";

    static Task<HttpResponseMessage> InputWithPhotoAsync(HttpClient client, string lot, byte[] photo, string contentType)
    {
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent
        {
            { new StringContent(Gtin), "gtin" }, { new StringContent(lot), "lot" }, { new StringContent("吡虫啉 10% 可湿性粉剂"), "product" },
            { new StringContent("20 克/亩"), "dose" }, { new StringContent("2026-06-01T09:00:00"), "at" }, { new StringContent(Farm), "gln" },
            { new StringContent("14"), "withdrawalDays" }, { file, "certificate", "certificate.png" },
        };
        return client.PostAsync("/api/trace/record/input", form);
    }

    async Task<long> CertificateCountAsync()
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {app.Table("trace", "trace_input_certificate")}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    async Task<string> ConsumerPageAsync(string lot)
    {
        using var anyone = app.Client();
        anyone.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return WebUtility.HtmlDecode(await anyone.GetStringAsync($"/01/{Gtin}/10/{lot}"));
    }

    [Fact]
    public async Task A_certificate_photo_is_hashed_into_the_input_event_linked_on_the_consumer_page_and_served_to_anyone()
    {
        var lot = $"V{Guid.NewGuid().ToString("N")[..6]}";
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var recorded = await InputWithPhotoAsync(farmer, lot, MarketTestData.Png(), "image/png");
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        var eventId = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("eventId").GetString()!;

        var stored = await farmer.GetFromJsonAsync<JsonElement>($"/epcis/events/{Uri.EscapeDataString(eventId)}");
        var input = stored.GetProperty("ty:input");
        Assert.Equal(14, input.GetProperty("ty:withdrawalDays").GetInt32());
        var certificate = input.GetProperty("ty:certificate");
        var named = certificate.GetProperty("ty:sha256").GetString()!;
        Assert.StartsWith("ni:///sha-256;", named, StringComparison.Ordinal);
        var hash = named["ni:///sha-256;".Length..];
        Assert.Equal($"{app.BaseUrl.TrimEnd('/')}/trace/certificates/{hash}", certificate.GetProperty("ty:url").GetString());

        var page = await ConsumerPageAsync(lot);
        Assert.Contains("查看凭证", page);
        Assert.Contains($"href=\"/trace/certificates/{hash}\"", page);
        Assert.Contains($"src=\"/trace/certificates/{hash}/thumb\"", page);

        using var anyone = app.Client();
        using var photo = await anyone.GetAsync($"/trace/certificates/{hash}");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", photo.Headers.CacheControl?.ToString());
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(await photo.Content.ReadAsByteArrayAsync())));
        using var thumb = await anyone.GetAsync($"/trace/certificates/{hash}/thumb");
        Assert.Equal(HttpStatusCode.OK, thumb.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/trace/certificates/{new string('0', 64)}")).StatusCode);

        // Swapped in the database afterwards: no longer the photo the logged event names.
        await using (var connection = await app.OpenDatabaseAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE {app.Table("trace", "trace_input_certificate")} SET \"Jpeg\" = @jpeg WHERE \"Sha256\" = @hash";
            foreach (var (name, value) in new (string, object)[] { ("@jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 }), ("@hash", hash) })
            {
                var parameter = command.CreateParameter();
                (parameter.ParameterName, parameter.Value) = (name, value);
                command.Parameters.Add(parameter);
            }

            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var changed = await ConsumerPageAsync(lot);
        Assert.Contains("凭证照片已被改动", changed);
        Assert.DoesNotContain("查看凭证", changed);
        using var refused = await anyone.GetAsync($"/trace/certificates/{hash}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await anyone.GetAsync($"/trace/certificates/{hash}/thumb")).StatusCode);
    }

    [Fact]
    public async Task Odd_certificate_uploads_are_refused_and_store_neither_event_nor_photo()
    {
        var lot = $"W{Guid.NewGuid().ToString("N")[..6]}";
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var before = await CertificateCountAsync();

        using var text = await InputWithPhotoAsync(farmer, lot, "not a photo"u8.ToArray(), "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Contains("JPEG、PNG 或 WebP", await text.Content.ReadAsStringAsync());
        using var huge = await InputWithPhotoAsync(farmer, lot, new byte[(8 * 1024 * 1024) + 1], "image/jpeg");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        using var fake = await InputWithPhotoAsync(farmer, lot, "GIF89a not really"u8.ToArray(), "image/jpeg");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fake.StatusCode);
        Assert.True((await fake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("certificate", out _));

        // A good photo with a bad input: the input is refused, so the photo is not kept either.
        var file = new ByteArrayContent(MarketTestData.Png());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var badInput = await farmer.PostAsync("/api/trace/record/input", new MultipartFormDataContent
        {
            { new StringContent(Gtin), "gtin" }, { new StringContent(lot), "lot" }, { new StringContent(""), "product" }, { file, "certificate", "c.png" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, badInput.StatusCode);
        var errors = (await badInput.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["dose", "product"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        Assert.Equal(before, await CertificateCountAsync());
        var recall = await farmer.GetFromJsonAsync<JsonElement>($"/api/trace/recall?gtin={Gtin}&lot={lot}");
        Assert.Equal(0, recall.GetProperty("events").GetArrayLength());

        // The JSON step is unchanged: no photo, no certificate in the event.
        using var json = await farmer.PostAsJsonAsync("/api/trace/record/input", new { gtin = Gtin, lot, product = "有机肥", dose = "200 公斤/亩" });
        Assert.True(json.IsSuccessStatusCode);
        Assert.DoesNotContain("查看凭证", await ConsumerPageAsync(lot));
    }
}
