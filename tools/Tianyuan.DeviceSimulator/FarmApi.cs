namespace Tianyuan.DeviceSimulator;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Farm.Demo;

/// <summary>The farmer's side of the API: sign in, list plots, register devices.</summary>
internal static class FarmApi
{
    public static async Task SignInAsync(HttpClient http, string email, string password, CancellationToken ct)
    {
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password }, ct);
        if (!login.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)login.StatusCode}.");
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>
    /// Registers devices until there are <paramref name="count"/>, round robin over the farmer's plots. The first new
    /// device on a farm without a simulated station becomes its weather station, the rest soil nodes.
    /// </summary>
    public static async Task<List<SimDevice>> EnsureDevicesAsync(HttpClient http, List<SimDevice> existing, int count, CancellationToken ct)
    {
        var devices = new List<SimDevice>(existing.Take(count));
        if (devices.Count == count)
            return devices;
        var plots = (await http.GetFromJsonAsync<JsonElement>("/api/farm/plots?pageSize=100", ct)).GetProperty("items").EnumerateArray().ToList();
        if (plots.Count == 0)
            throw new InvalidOperationException("The farmer has no plots to put devices on.");
        for (var i = devices.Count; i < count; i++)
        {
            var plot = plots[i % plots.Count];
            var farmId = plot.GetProperty("farmId").GetGuid();
            var kind = devices.Any(d => d.FarmId == farmId && DiurnalSeries.IsStation(d.Kind)) ? "soil-moisture" : "weather-station";
            var name = DiurnalSeries.IsStation(kind) ? $"模拟气象站{i + 1:00}" : $"模拟墒情节点{i + 1:00}";
            using var created = await http.PostAsJsonAsync("/api/farm/devices", new { plotId = plot.GetProperty("id").GetGuid(), name, kind }, ct);
            if (!created.IsSuccessStatusCode)
                throw new InvalidOperationException($"Registering {name} failed: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync(ct)}");
            var body = await created.Content.ReadFromJsonAsync<JsonElement>(ct);
            devices.Add(new SimDevice(body.GetProperty("id").GetGuid(), farmId, plot.GetProperty("id").GetGuid(), name, kind,
                body.GetProperty("key").GetString()!, Seed: i + 1));
        }

        return devices;
    }
}
