namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>Farm alerts raised from live readings: one per condition, acknowledged by a person, resolved when it clears.</summary>
public sealed class AlertTests : IAsyncLifetime
{
    TestApp app = default!;

    // A sweep every second instead of every five minutes, so the test sees it happen.
    public async Task InitializeAsync() => app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Farm:Alerts:SweepSeconds"] = "1" });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_dry_plot_and_a_flat_battery_raise_one_alert_each_which_resolve_when_the_readings_recover()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (_, id, key) = await app.RegisterDeviceAsync(farmer, "告警测试节点");

        await SendAsync(key, $$"""[{"bn":"{{id}}:","n":"soil-moisture","u":"%VWC","v":5,"t":-30},{"n":"battery","u":"%EL","v":9,"t":-30},{"n":"temperature","u":"Cel","v":1.0,"t":-30}]""");
        var open = await WaitForAsync(farmer, "true", id, alerts => alerts.Count >= 3);
        Assert.Equal(["battery-low", "frost-risk", "soil-dry"], open.Select(a => a.GetProperty("kind").GetString()).Order());

        // Each new alert went out once through both sinks: the inbox, and SMS recorded as not sent (no gateway configured).
        open = await WaitForAsync(farmer, "true", id, alerts => alerts.All(a => a.GetProperty("deliveries").GetArrayLength() == 2));
        Assert.All(open, a => Assert.Equal(["inbox:delivered", "sms:logged-only"], Deliveries(a)));
        var dry = open.Single(a => a.GetProperty("kind").GetString() == "soil-dry").GetProperty("id").GetGuid();
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.PostAsync($"/api/farm/alerts/{dry}/acknowledge", null)).StatusCode);
        var first = await (await farmer.PostAsync($"/api/farm/alerts/{dry}/acknowledge", null)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await farmer.PostAsync($"/api/farm/alerts/{dry}/acknowledge", null)).Content.ReadFromJsonAsync<JsonElement>();
        // The second acknowledgement keeps the first time (PostgreSQL stores microseconds, so compare to the millisecond).
        Assert.Equal(first.GetProperty("acknowledgedAt").GetDateTimeOffset(), second.GetProperty("acknowledgedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));

        // Watered: the soil alert resolves into the history; the battery and frost alerts stay open, still one each.
        await SendAsync(key, $$"""[{"bn":"{{id}}:","n":"soil-moisture","u":"%VWC","v":33,"t":0}]""");
        var resolved = await WaitForAsync(farmer, "false", id, alerts => alerts.Any(a => a.GetProperty("kind").GetString() == "soil-dry"));
        Assert.NotEqual(JsonValueKind.Null, resolved.Single().GetProperty("acknowledgedAt").ValueKind);
        await Task.Delay(2500);
        var stillOpen = await AlertsAsync(farmer, "true", id);
        Assert.Equal(["battery-low", "frost-risk"], stillOpen.Select(a => a.GetProperty("kind").GetString()).Order());
        Assert.All(stillOpen, a => Assert.Equal(2, a.GetProperty("deliveries").GetArrayLength())); // not sent again by later sweeps
        Assert.NotEqual(JsonValueKind.Null, resolved.Single().GetProperty("acknowledgedBy").ValueKind);
    }

    static IEnumerable<string> Deliveries(JsonElement alert) =>
        alert.GetProperty("deliveries").EnumerateArray().Select(d => $"{d.GetProperty("channel").GetString()}:{d.GetProperty("status").GetString()}").Order();

    [Fact]
    public async Task Two_warm_humid_days_at_the_station_raise_a_late_blight_warning()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (_, id, key) = await app.RegisterDeviceAsync(farmer, "晚疫病测试气象站");
        // The two whole China days before today, hour by hour: 12–18 °C, 8 hours a day at 95 % RH (Hutton: ≥ 10 °C and ≥ 6 hours).
        var start = new DateTimeOffset(DateTime.SpecifyKind(DateTime.UtcNow.AddHours(8).Date.AddDays(-2), DateTimeKind.Unspecified), TimeSpan.FromHours(8));
        var records = Enumerable.Range(0, 48).SelectMany(h =>
        {
            var t = start.AddHours(h).AddMinutes(30).ToUnixTimeSeconds();
            var humid = h % 24 < 8 ? 95 : 70;
            var temperature = (12 + (6 * Math.Sin(h % 24 * Math.PI / 24))).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
            return new[] { $"{{\"n\":\"{id}:temperature\",\"u\":\"Cel\",\"v\":{temperature},\"t\":{t}}}", $"{{\"n\":\"{id}:humidity\",\"u\":\"%RH\",\"v\":{humid},\"t\":{t}}}" };
        });
        await SendAsync(key, "[" + string.Join(",", records) + "]");

        var open = await WaitForAsync(farmer, "true", id, alerts => alerts.Any(a => a.GetProperty("kind").GetString() == "late-blight"));
        Assert.Equal(8, open.Single(a => a.GetProperty("kind").GetString() == "late-blight").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Degree_days_since_a_biofix_crossing_a_rules_threshold_raise_one_warning_and_not_another_on_the_next_sweep()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var plot = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items")[0];
        var farm = plot.GetProperty("farmId").GetGuid();
        // Named to sort first, so it is the farm's station (the one /farm shows and degree-days count from).
        using var created = await farmer.PostAsJsonAsync("/api/farm/devices", new { plotId = plot.GetProperty("id").GetGuid(), name = "0号积温气象站", kind = "weather-station" });
        var device = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (id, key) = (device.GetProperty("id").GetGuid(), device.GetProperty("key").GetString()!);

        // Twelve whole China days before today at 15–30 °C: about 12.4 °C·day a day above 10 °C, 149 in all.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var biofix = today.AddDays(-12);
        var start = new DateTimeOffset(biofix.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var records = Enumerable.Range(0, 12 * 24).Select(h =>
        {
            var t = start.AddHours(h).AddMinutes(30).ToUnixTimeSeconds();
            var temperature = (22.5 - (7.5 * Math.Cos((h % 24) * Math.PI / 12))).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
            return $"{{\"n\":\"{id}:temperature\",\"u\":\"Cel\",\"v\":{temperature},\"t\":{t}}}";
        });
        await SendAsync(key, "[" + string.Join(",", records) + "]");

        // The built-in codling moth rule (138.9 °C·day) counts from the diary's biofix; a farm rule from its own date.
        using var trap = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/diary", new { kind = "biofix", day = biofix.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), pest = "苹果蠹蛾" });
        Assert.Equal(HttpStatusCode.Created, trap.StatusCode);
        using var invalid = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/pest-rules", new { pest = "", stage = "卵孵化期", lowerC = 10, upperC = 5, thresholdDd = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["pest", "thresholdDd", "upperC"], (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        using var rule = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/pest-rules",
            new { pest = "桃小食心虫", stage = "卵孵化盛期", advice = "建议 3 天内喷药", lowerC = 10, upperC = 31, thresholdDd = 100, biofixOn = biofix.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Created, rule.StatusCode);
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync($"/api/farm/farms/{farm}/pest-rules")).StatusCode);

        var rules = (await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/farms/{farm}/pest-rules")).EnumerateArray().ToList();
        var codlingMoth = rules.Single(r => r.GetProperty("pest").GetString() == "codling-moth");
        Assert.Equal(138.9, codlingMoth.GetProperty("thresholdDd").GetDouble());
        Assert.InRange(codlingMoth.GetProperty("degreeDays").GetDouble(), 140, 160);
        Assert.Equal(JsonValueKind.Null, rules.Single(r => r.GetProperty("pest").GetString() == "peach-twig-borer").GetProperty("biofix").ValueKind);

        var warnings = await PestWarningsAsync(farmer, farm, 2);
        Assert.All(warnings, w => Assert.InRange(w.GetProperty("value").GetDouble(), 140, 160));
        await Task.Delay(2500); // two more sweeps
        Assert.Equal(2, (await PestWarningsAsync(farmer, farm, 2)).Count);

        using var page = await app.CookieClientAsync(DemoAccounts.Farmer);
        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/farm"));
        Assert.Contains("苹果蠹蛾：自诱捕首次见蛾后已积温", html);
    }

    static async Task<List<JsonElement>> PestWarningsAsync(HttpClient farmer, Guid farm, int expected)
    {
        for (var i = 0; i < 100; i++)
        {
            var all = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/alerts")).GetProperty("items").EnumerateArray()
                .Where(a => a.GetProperty("kind").GetString() == "pest-degree-days" && a.GetProperty("farmId").GetGuid() == farm).ToList();
            if (all.Count >= expected)
                return all;
            await Task.Delay(100);
        }

        throw new TimeoutException("The alert sweep raised no degree-day warning within 10 s.");
    }

    async Task SendAsync(string key, string senml)
    {
        using var response = await app.SendTelemetryAsync(key, senml);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    static async Task<List<JsonElement>> AlertsAsync(HttpClient farmer, string open, Guid device) =>
        [.. (await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/alerts?open={open}")).GetProperty("items").EnumerateArray()
            .Where(a => a.GetProperty("deviceId").GetGuid() == device)];

    static async Task<List<JsonElement>> WaitForAsync(HttpClient farmer, string open, Guid device, Func<List<JsonElement>, bool> done)
    {
        for (var i = 0; i < 100; i++)
        {
            var alerts = await AlertsAsync(farmer, open, device);
            if (done(alerts))
                return alerts;
            await Task.Delay(100);
        }

        throw new TimeoutException("The alert sweep did not reach the expected state within 10 s.");
    }
}
