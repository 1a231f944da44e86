namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>A device's calibration (Farm issue, item 1): new readings are stored corrected, bad lines are refused.</summary>
public class DeviceCalibrationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task Readings_after_a_calibration_are_stored_corrected_and_earlier_ones_stay_as_they_were()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (_, device, key) = await app.RegisterDeviceAsync(farmer, "校准测试节点");
        var before = DateTimeOffset.UtcNow.AddMinutes(-30);
        await SendAsync(key, device, 20.0, before);

        // The oven-dried sample said 23.0 % where the sensor read 20.0 %, and 33.0 % where it read 30.0 %: gain 1, offset +3.
        using var saved = await farmer.PutAsJsonAsync($"/api/farm/devices/{device}/calibration",
            new { lines = new[] { new { quantity = "soil-moisture", gain = 1.0, offset = 3.0 }, new { quantity = "temperature", gain = 1.02, offset = -0.4 } } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").GetArrayLength());

        var after = DateTimeOffset.UtcNow.AddMinutes(-10);
        await SendAsync(key, device, 20.0, after);
        var points = (await farmer.GetFromJsonAsync<JsonElement>(
            $"/api/farm/sensors/{device}/series?quantity=soil-moisture&from={before.AddMinutes(-1):yyyy-MM-ddTHH:mm:ssZ}&resolution=raw")).GetProperty("points");
        Assert.Equal([20.0, 23.0], points.EnumerateArray().Select(p => p.GetProperty("v").GetDouble()));

        // Gain 1 and offset 0 is no calibration: the next reading is stored as measured.
        using var cleared = await farmer.PutAsJsonAsync($"/api/farm/devices/{device}/calibration", new { lines = new[] { new { quantity = "soil-moisture", gain = 1.0, offset = 0.0 } } });
        Assert.Empty((await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").EnumerateArray());
        await SendAsync(key, device, 20.0, DateTimeOffset.UtcNow.AddMinutes(-5));
        points = (await farmer.GetFromJsonAsync<JsonElement>(
            $"/api/farm/sensors/{device}/series?quantity=soil-moisture&from={before.AddMinutes(-1):yyyy-MM-ddTHH:mm:ssZ}&resolution=raw")).GetProperty("points");
        Assert.Equal(20.0, points.EnumerateArray().Last().GetProperty("v").GetDouble());
    }

    [Fact]
    public async Task A_bad_line_is_refused_by_field_and_another_farms_device_is_not_found()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (_, device, _) = await app.RegisterDeviceAsync(farmer, "校准校验节点");
        using var invalid = await farmer.PutAsJsonAsync($"/api/farm/devices/{device}/calibration",
            new { lines = new object[] { new { quantity = "Soil Moisture", gain = 0.0, offset = 5000.0 }, new { quantity = "temperature", gain = 1.0, offset = 1.0 }, new { quantity = "temperature", gain = 1.0, offset = 2.0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["lines[0].gain", "lines[0].offset", "lines[0].quantity", "lines[2].quantity"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("0.2", errors.GetProperty("lines[0].gain")[0].GetString(), StringComparison.Ordinal);

        using var other = await app.SignedInAsync(DemoAccounts.Host);
        using var refused = await other.PutAsJsonAsync($"/api/farm/devices/{device}/calibration", new { lines = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using var unknown = await farmer.PutAsJsonAsync($"/api/farm/devices/{Guid.NewGuid()}/calibration", new { lines = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    async Task SendAsync(string key, Guid device, double moisture, DateTimeOffset at)
    {
        var senml = $"[{{\"n\":\"{device}:soil-moisture\",\"u\":\"%VWC\",\"v\":{moisture.ToString(System.Globalization.CultureInfo.InvariantCulture)},\"t\":{at.ToUnixTimeSeconds()}}}]";
        using var response = await app.SendTelemetryAsync(key, senml);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
    }
}
