namespace Tianyuan.Web.Tests;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Kernel.Demo;
using Tianyuan.Trace.Contracts;

/// <summary>
/// The farm diary in Trace: what a farmer writes down (sprays, fertiliser, water, the harvest into a lot) becomes EPCIS
/// events on the plot, once each, and the lot's consumer page lists the inputs with their withdrawal periods judged and
/// sums up the plot's daily sensor reports.
/// </summary>
public class FarmDiaryTraceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    const string Gtin = "09521141012345";

    static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    static string Field(Guid plot) => TraceFields.Location($"farm:plot:{plot:N}");

    [Fact]
    public async Task Diary_operations_become_events_on_the_plot_and_the_lots_page_judges_withdrawal_periods()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (farm, plot) = await NewPlotAsync(farmer);
        var lot = "D" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        // Sprayed 10 days ago with a 14-day withdrawal period: harvested too early. Fertilised 20 days ago, 7 days: fine.
        await DiaryAsync(farmer, farm, new { plotId = plot, kind = "spraying", day = Today.AddDays(-10), product = "吡虫啉可湿性粉剂", amount = "1500 倍液", withdrawalDays = 14 });
        await DiaryAsync(farmer, farm, new { plotId = plot, kind = "fertilization", day = Today.AddDays(-20), product = "有机肥", amount = "200 kg/亩", withdrawalDays = 7 });
        await DiaryAsync(farmer, farm, new { plotId = plot, kind = "irrigation", day = Today.AddDays(-5), amount = "18 mm" });
        await DiaryAsync(farmer, farm, new { plotId = plot, kind = "other", day = Today, note = "除草" });
        var harvest = await DiaryAsync(farmer, farm, new { plotId = plot, kind = "harvest", day = Today, amount = "300 斤", lot, gtin = Gtin[1..] });
        Assert.Equal(Gtin, harvest.GetProperty("gtin").GetString());

        // The outbox delivers after the commit: wait until the four traceable entries are events at the plot.
        var events = await EventuallyAsync(() => EventsAsync($"EQ_bizLocation={Uri.EscapeDataString(Field(plot))}"), e => e.Count == 4);
        var harvestEvent = events.Single(e => e.GetProperty("bizStep").GetString()!.EndsWith("/harvesting", StringComparison.Ordinal));
        var quantity = harvestEvent.GetProperty("quantityList")[0];
        Assert.Equal($"https://id.gs1.org/01/{Gtin}/10/{lot}", quantity.GetProperty("epcClass").GetString());
        Assert.Equal(150m, quantity.GetProperty("quantity").GetDecimal());
        Assert.Equal("KGM", quantity.GetProperty("uom").GetString());
        var spray = events.Single(e => e.TryGetProperty("ty:input", out var i) && i.GetProperty("ty:kind").GetString() == "plant-protection");
        Assert.Equal(14, spray.GetProperty("ty:input").GetProperty("ty:withdrawalDays").GetInt32());
        Assert.Equal("1500 倍液", spray.GetProperty("ty:input").GetProperty("ty:dose").GetString());
        Assert.Contains(events, e => e.GetProperty("bizStep").GetString()!.EndsWith("/irrigating", StringComparison.Ordinal));

        // The consumer page of the lot: both inputs, one flagged, one respected.
        using var anonymous = app.Client();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/01/{Gtin}/10/{lot}"));
        Assert.Contains("投入品使用", page, StringComparison.Ordinal);
        Assert.Contains("吡虫啉可湿性粉剂", page, StringComparison.Ordinal);
        Assert.Contains($"安全间隔期 14 天，{Today.AddDays(4):yyyy年M月d日} 前采收，未满间隔期", page, StringComparison.Ordinal);
        Assert.Contains("有机肥", page, StringComparison.Ordinal);
        Assert.Contains("安全间隔期 7 天，采收前已满", page, StringComparison.Ordinal);
        Assert.Contains("1 次灌溉", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_diary_entry_reaches_trace_once_however_often_it_is_delivered_and_bad_fields_are_refused()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (farm, plot) = await NewPlotAsync(farmer);
        var entry = await DiaryAsync(farmer, farm, new { plotId = plot, kind = "spraying", day = Today, product = "苦参碱", amount = "600 倍液" });
        var events = await EventuallyAsync(() => EventsAsync($"EQ_bizLocation={Uri.EscapeDataString(Field(plot))}"), e => e.Count == 1);

        // A second delivery of the same entry (the outbox is at least once) records nothing new.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<ITraceRecords>().RecordFieldOperationAsync(new TraceFieldOperation(
                $"farm:diary:{entry.GetProperty("id").GetGuid():N}:plot:{plot:N}", "spraying", $"farm:plot:{plot:N}", DateTimeOffset.UtcNow, "苦参碱", "600 倍液"), default);
            Assert.Equal(events[0].GetProperty("eventID").GetString(), again);
        }

        Assert.Single(await EventsAsync($"EQ_bizLocation={Uri.EscapeDataString(Field(plot))}"));

        using var bad = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/diary", new
        {
            kind = "harvest", day = Today, lot = "批次一", gtin = "9521141012346", amount = "一筐",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "lot", "gtin", "plotId", "amount" })
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error on {field}: {errors}");
        using var withdrawal = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/diary", new { kind = "irrigation", day = Today, withdrawalDays = 7 });
        Assert.Equal(HttpStatusCode.BadRequest, withdrawal.StatusCode);
        Assert.True((await withdrawal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("withdrawalDays", out _));
    }

    [Fact]
    public async Task Yesterdays_readings_become_one_sensor_report_per_plot_and_day_which_the_lots_page_sums_up()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (farm, plot) = await NewPlotAsync(farmer);
        using var device = await farmer.PostAsJsonAsync("/api/farm/devices", new { plotId = plot, name = "气象站" + Guid.NewGuid().ToString("N")[..4], kind = "weather-station" });
        device.EnsureSuccessStatusCode();
        var registered = await device.Content.ReadFromJsonAsync<JsonElement>();
        var (sensor, key) = (registered.GetProperty("id").GetGuid(), registered.GetProperty("key").GetString()!);

        // Yesterday (China time) at 06:00, 12:00 and 18:00.
        var yesterday = new DateTimeOffset(Today.AddDays(-1).ToDateTime(new TimeOnly(6, 0)), TimeSpan.FromHours(8));
        var senml = new StringBuilder($$"""[{"bn":"{{sensor}}:","bt":{{yesterday.ToUnixTimeSeconds()}},"n":"temperature","u":"Cel","v":12.0,"t":0}""");
        foreach (var (hours, t, rh, soil) in new[] { (0, 12.0, 90.0, 30.0), (6, 21.5, 55.0, 28.0), (12, 16.0, 70.0, 26.0) })
        {
            if (hours > 0)
                senml.Append(CultureInfo.InvariantCulture, $$""",{"n":"temperature","u":"Cel","v":{{t}},"t":{{hours * 3600}}}""");
            senml.Append(CultureInfo.InvariantCulture, $$""",{"n":"humidity","u":"%RH","v":{{rh}},"t":{{hours * 3600}}},{"n":"soil-moisture","u":"%VWC","v":{{soil}},"t":{{hours * 3600}}}""");
        }

        using var sent = await app.SendTelemetryAsync(key, senml + "]");
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal(9, (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());

        Assert.True(await app.RunJobAsync("SensorDaysToTrace"));
        Assert.True(await app.RunJobAsync("SensorDaysToTrace")); // run twice: the plot's day is recorded once
        var reports = await EventsAsync($"EQ_bizStep=sensor_reporting&EQ_bizLocation={Uri.EscapeDataString(Field(plot))}");
        var day = Assert.Single(reports);
        Assert.EndsWith($"/{Today.AddDays(-1):yyyy-MM-dd}", day.GetProperty("eventID").GetString(), StringComparison.Ordinal);
        var byType = day.GetProperty("sensorElementList")[0].GetProperty("sensorReport").EnumerateArray()
            .ToDictionary(r => r.GetProperty("type").GetString()!, r => (Min: r.GetProperty("minValue").GetDecimal(), Max: r.GetProperty("maxValue").GetDecimal(), Mean: r.GetProperty("meanValue").GetDecimal()));
        Assert.Equal((12.0m, 21.5m, 16.5m), byType["gs1:MT-Temperature"]);
        Assert.Equal((55m, 90m, 71.7m), byType["gs1:MT-RelativeHumidity"]);
        Assert.Equal((26m, 30m, 28m), byType["ty:SoilMoisture"]);

        // A lot harvested on the plot today shows the field's record on its consumer page.
        var lot = "S" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await DiaryAsync(farmer, farm, new { plotId = plot, kind = "harvest", day = Today, amount = "80 kg", lot, gtin = Gtin });
        await EventuallyAsync(() => EventsAsync($"EQ_bizLocation={Uri.EscapeDataString(Field(plot))}"), e => e.Count == 2);
        using var anonymous = app.Client();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/01/{Gtin}/10/{lot}"));
        Assert.Contains("田间环境记录", page, StringComparison.Ordinal);
        Assert.Contains("1 天传感器日报", page, StringComparison.Ordinal);
        Assert.Contains("温度 12–21.5 °C", page, StringComparison.Ordinal);
        Assert.Contains("土壤湿度 26–30 %", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inputs_recorded_on_the_trace_pages_share_the_lots_inputs_list()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var lot = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        using var input = await farmer.PostAsJsonAsync("/api/trace/record/input", new { gtin = Gtin, lot, product = "波尔多液", dose = "200 倍液", withdrawalDays = 15, at = "2026-06-01T09:00:00" });
        input.EnsureSuccessStatusCode();
        using var harvest = await farmer.PostAsJsonAsync("/api/trace/record/harvest", new { gtin = Gtin, lot, kilograms = 40, at = "2026-06-20T07:00:00" });
        harvest.EnsureSuccessStatusCode();

        using var anonymous = app.Client();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/01/{Gtin}/10/{lot}"));
        Assert.Contains("波尔多液", page, StringComparison.Ordinal);
        Assert.Contains("安全间隔期 15 天，采收前已满", page, StringComparison.Ordinal);
    }

    async Task<(Guid Farm, Guid Plot)> NewPlotAsync(HttpClient farmer)
    {
        var farm = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items")[0].GetProperty("farmId").GetGuid();
        using var created = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/plots", new
        {
            name = "溯源地" + Guid.NewGuid().ToString("N")[..6], areaMu = 2, soilType = "壤土", fieldCapacity = 0.27, wiltingPoint = 0.12,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (farm, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    static async Task<JsonElement> DiaryAsync(HttpClient farmer, Guid farm, object entry)
    {
        using var posted = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/diary", entry);
        Assert.True(posted.StatusCode == HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());
        return await posted.Content.ReadFromJsonAsync<JsonElement>();
    }

    async Task<List<JsonElement>> EventsAsync(string query)
    {
        using var client = app.Client();
        var document = await client.GetFromJsonAsync<JsonElement>($"/epcis/events?{query}&perPage=100");
        return [.. document.GetProperty("epcisBody").GetProperty("queryResults").GetProperty("resultsBody").GetProperty("eventList").EnumerateArray()];
    }

    static async Task<List<JsonElement>> EventuallyAsync(Func<Task<List<JsonElement>>> load, Func<List<JsonElement>, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var events = await load();
            if (done(events))
                return events;
            if (attempt == 100)
                throw new TimeoutException($"the diary did not reach Trace: {events.Count} events");
            await Task.Delay(100);
        }
    }
}
