namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>Plots and device registration as a farmer's app uses them (Farm issue's stable API surface).</summary>
public class FarmApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_farmer_sees_the_plots_of_their_own_cooperative_with_area_in_mu()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var plots = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, plots.Count);
        Assert.Single(plots.Select(p => p.GetProperty("farmId").GetGuid()).Distinct());
        Assert.All(plots, p =>
        {
            Assert.True(p.GetProperty("areaM2").GetDouble() > 100);
            Assert.Equal(p.GetProperty("areaM2").GetDouble() / (10_000.0 / 15), p.GetProperty("areaMu").GetDouble(), 1);
            Assert.True(p.GetProperty("fieldCapacity").GetDouble() > p.GetProperty("wiltingPoint").GetDouble());
            Assert.True(p.GetProperty("devices").GetInt32() >= 1, "every demo plot has its soil-moisture node");
        });

        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        Assert.Equal(18, (await admin.GetFromJsonAsync<JsonElement>("/api/farm/plots?pageSize=100")).GetProperty("total").GetInt32());

        using var host = await app.SignedInAsync(DemoAccounts.Host);
        Assert.Equal(0, (await host.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("total").GetInt32());

        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/farm/plots")).StatusCode);
    }

    [Fact]
    public async Task A_farmer_registers_a_device_on_their_plot_and_gets_its_key_once()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var plot = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items")[0].GetProperty("id").GetGuid();

        using var created = await farmer.PostAsJsonAsync("/api/farm/devices", new { plotId = plot, name = "1号地土壤墒情(新)", kind = "soil-moisture" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        Assert.StartsWith("dev_", key);
        Assert.True(key.Length > 40);

        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        var all = (await admin.GetFromJsonAsync<JsonElement>("/api/farm/plots?pageSize=100")).GetProperty("items").EnumerateArray();
        var someoneElses = all.First(p => p.GetProperty("farmId").GetGuid() != all.First(q => q.GetProperty("id").GetGuid() == plot).GetProperty("farmId").GetGuid());
        using var forbidden = await farmer.PostAsJsonAsync("/api/farm/devices", new { plotId = someoneElses.GetProperty("id").GetGuid(), name = "越界", kind = "camera" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var unknownPlot = await farmer.PostAsJsonAsync("/api/farm/devices", new { plotId = Guid.NewGuid(), name = "x", kind = "camera" });
        Assert.Equal(HttpStatusCode.NotFound, unknownPlot.StatusCode);

        using var invalid = await farmer.PostAsJsonAsync("/api/farm/devices", new { plotId = plot, name = "", kind = "toaster" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["kind", "name"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task The_overview_gives_each_plot_its_latest_soil_moisture_and_a_status_against_its_refill_point()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var farms = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/overview")).EnumerateArray().ToList();
        var farm = Assert.Single(farms);
        Assert.NotEqual(JsonValueKind.Null, farm.GetProperty("airTemperature").ValueKind);
        Assert.True(farm.GetProperty("devices").GetArrayLength() >= 4, "the demo farm's four devices (other tests may add more)");
        foreach (var plot in farm.GetProperty("plots").EnumerateArray())
        {
            var moisture = plot.GetProperty("soilMoisture").GetProperty("value").GetDouble();
            var refill = plot.GetProperty("refillPointPct").GetDouble();
            // The refill point is shown rounded to 0.1 %: a reading within that rounding of it may go either way.
            if (Math.Abs(moisture - refill) > 0.05)
                Assert.Equal(moisture < refill, plot.GetProperty("needsWater").GetBoolean());
            Assert.True(plot.GetProperty("min24h").GetDouble() <= moisture && moisture <= plot.GetProperty("max24h").GetDouble());
        }

        using var host = await app.SignedInAsync(DemoAccounts.Host);
        Assert.Equal(0, (await host.GetFromJsonAsync<JsonElement>("/api/farm/overview")).GetArrayLength());
    }
}

/// <summary>Registering farms and plots (its own app: it adds farms the other Farm tests do not expect).</summary>
public class FarmRegistrationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_cooperative_admin_registers_a_farm_and_its_plots_with_area_in_mu()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (own, other) = await CooperativesAsync(farmer);

        using var created = await farmer.PostAsJsonAsync("/api/farm/farms", new { organisationId = own.GetProperty("id").GetGuid(), name = "东坡茶园" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var farmId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using (var forbidden = await farmer.PostAsJsonAsync("/api/farm/farms", new { organisationId = other.GetProperty("id").GetGuid(), name = "越界茶园" }))
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var boundary = new { type = "Polygon", coordinates = new[] { new[] { new[] { 119.5, 28.3 }, new[] { 119.501, 28.3 }, new[] { 119.501, 28.301 }, new[] { 119.5, 28.3 } } } };
        using var plot = await farmer.PostAsJsonAsync($"/api/farm/farms/{farmId}/plots",
            new { name = "1号茶地", areaMu = 5, soilType = "壤土", fieldCapacity = 0.27, wiltingPoint = 0.12, crop = "茶叶", boundary });
        Assert.Equal(HttpStatusCode.Created, plot.StatusCode);
        Assert.Equal(3333.3, (await plot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("areaM2").GetDouble(), 1);

        using (var again = await farmer.PostAsJsonAsync($"/api/farm/farms/{farmId}/plots", new { name = "1号茶地", areaM2 = 100, soilType = "壤土", fieldCapacity = 0.27, wiltingPoint = 0.12 }))
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var invalid = await farmer.PostAsJsonAsync($"/api/farm/farms/{farmId}/plots", new { name = "", soilType = "壤土", fieldCapacity = 0.1, wiltingPoint = 0.2, boundary = new { type = 7 } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["areaM2", "boundary", "name", "wiltingPoint"], (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        var listed = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/plots?farmId={farmId}");
        Assert.Equal("1号茶地", listed.GetProperty("items")[0].GetProperty("name").GetString());
    }

    /// <summary>The demo farmer's cooperative (the one whose name starts like the demo farm's, the farm with three plots) and another one.</summary>
    async Task<(JsonElement Own, JsonElement Other)> CooperativesAsync(HttpClient farmer)
    {
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        var coops = (await admin.GetFromJsonAsync<JsonElement>("/api/regions/organisations?kind=Cooperative&pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        var demo = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/overview")).EnumerateArray().First(f => f.GetProperty("plots").GetArrayLength() >= 3);
        var own = coops.Single(c => c.GetProperty("regionCode").GetString() == demo.GetProperty("regionCode").GetString()
                                    && c.GetProperty("name").GetString()!.StartsWith(demo.GetProperty("name").GetString()![..2], StringComparison.Ordinal));
        return (own, coops.First(c => c.GetProperty("id").GetGuid() != own.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_farm_without_a_station_imports_its_weather_all_or_nothing_and_gets_ET0_from_it()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (own, _) = await CooperativesAsync(farmer);
        using var created = await farmer.PostAsJsonAsync("/api/farm/farms", new { organisationId = own.GetProperty("id").GetGuid(), name = "无站果园" });
        var farmId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var url = $"/api/farm/farms/{farmId}/weather";
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using (var plain = await farmer.PostAsync(url, new StringContent("date,tMin,tMax", System.Text.Encoding.UTF8, "text/plain")))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);

        // One bad cell on line 3 refuses the whole file, naming the line and column.
        using var badCsv = new MultipartFormDataContent { { new StringContent($"date,tMin,tMax,rain\n{yesterday},8.5,17.2,0\n2026-11-02,9,abc,1\n"), "file", "weather.csv" } };
        using var refused = await farmer.PostAsync(url, badCsv);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["line 3.tMax"], (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(JsonValueKind.Null, (await FarmAsync(farmer, farmId)).GetProperty("et0MmPerDay").ValueKind);

        using var badJson = await farmer.PostAsJsonAsync(url, new object[] { new { date = "25.11.2026", tMin = 30, tMax = 20 } });
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal(["[0].date", "[0].tMin"], (await badJson.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        using var csv = new MultipartFormDataContent { { new StringContent($"date,tMin,tMax,rhMean,wind,sunshine,rain\n{yesterday},12,24,70,2,6,0\n"), "file", "weather.csv" } };
        using var imported = await farmer.PostAsync(url, csv);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(1, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var farm = await FarmAsync(farmer, farmId);
        Assert.InRange(farm.GetProperty("et0MmPerDay").GetDouble(), 0.5, 8);
        Assert.Equal(yesterday, farm.GetProperty("et0ImportedDay").GetString());

        using var host = await app.SignedInAsync(DemoAccounts.Host);
        using var notTheirs = await host.PostAsJsonAsync(url, new object[] { new { date = yesterday, tMin = 1, tMax = 2 } });
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
    }

    static async Task<JsonElement> FarmAsync(HttpClient farmer, Guid farmId) =>
        (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/overview")).EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == farmId);

    [Fact]
    public async Task The_overview_advises_each_plot_from_its_soil_moisture_and_the_stations_temperatures()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        // The demo farm (its three plots), whatever farms the other tests here add.
        var farm = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/overview")).EnumerateArray().First(f => f.GetProperty("plots").GetArrayLength() >= 3);
        var et0 = farm.GetProperty("et0MmPerDay").GetDouble();
        Assert.InRange(et0, 0.3, 10); // Hargreaves from a week of demo station readings
        foreach (var plot in farm.GetProperty("plots").EnumerateArray().Where(p => p.GetProperty("soilMoisture").ValueKind != JsonValueKind.Null))
        {
            var advice = plot.GetProperty("advice");
            var now = advice.GetProperty("irrigateNow").GetBoolean();
            Assert.Equal(plot.GetProperty("needsWater").GetBoolean(), now);
            if (now)
            {
                var mm = advice.GetProperty("irrigationMm").GetDouble();
                Assert.Equal(advice.GetProperty("depletionMm").GetDouble(), mm);
                // The API rounds to 0.1 (mm, m³, mu): compare within what that rounding can move.
                Assert.Equal(mm * plot.GetProperty("areaMu").GetDouble() * 666.67 / 1000, advice.GetProperty("volumeM3").GetDouble(), tolerance: 0.1 + (mm * 0.05 * 0.667));
            }
            else
            {
                var days = advice.GetProperty("daysUntilRefill").GetDouble();
                var use = et0 * advice.GetProperty("kc").GetDouble();
                Assert.Equal((advice.GetProperty("readilyAvailableMm").GetDouble() - advice.GetProperty("depletionMm").GetDouble()) / use, days, tolerance: 0.1 + (0.1 / use));
            }
        }
    }

    [Fact]
    public async Task A_planting_gives_the_plot_its_growth_stage_and_the_advice_the_crops_Kc_and_root_depth()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        // Any of the farmer's farms (another test here adds one without readings).
        var before = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/overview")).EnumerateArray().SelectMany(f => f.GetProperty("plots").EnumerateArray())
            .First(p => p.GetProperty("advice").ValueKind != JsonValueKind.Null && p.GetProperty("planting").ValueKind == JsonValueKind.Null);
        var plotId = before.GetProperty("id").GetGuid();
        Assert.Equal((1.0, 0.4), (before.GetProperty("advice").GetProperty("kc").GetDouble(), before.GetProperty("advice").GetProperty("rootDepthM").GetDouble()));

        // Maize sown 49 days ago is on day 50: 20 of its 40 development days, Kc halfway from 0.30 to 1.20, roots from 0.2 to 1.0 m.
        var sown = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-49).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var invalid = await farmer.PostAsJsonAsync($"/api/farm/plots/{plotId}/plantings", new { crop = "durian", startedOn = "1999-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["crop", "startedOn"], (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        using var created = await farmer.PostAsJsonAsync($"/api/farm/plots/{plotId}/plantings", new { crop = "maize", variety = "郑单958", startedOn = sown });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var planting = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("development", 50, 0.75, 0.6), (planting.GetProperty("stage").GetString(), planting.GetProperty("dayOfSeason").GetInt32(),
            planting.GetProperty("kc").GetDouble(), planting.GetProperty("rootDepthM").GetDouble()));

        var after = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/overview")).EnumerateArray().SelectMany(f => f.GetProperty("plots").EnumerateArray()).Single(p => p.GetProperty("id").GetGuid() == plotId);
        var advice = after.GetProperty("advice");
        Assert.Equal((0.75, 0.6), (advice.GetProperty("kc").GetDouble(), advice.GetProperty("rootDepthM").GetDouble()));
        // RAW with maize's p = 0.55 over 0.6 m of this plot's soil (FAO-56 Eqs 82–83), instead of p = 0.5 over 0.4 m.
        var raw = 0.55 * 1000 * (after.GetProperty("fieldCapacityPct").GetDouble() - after.GetProperty("wiltingPointPct").GetDouble()) / 100 * 0.6;
        Assert.Equal(raw, advice.GetProperty("readilyAvailableMm").GetDouble(), 0.06);
        Assert.Equal("development", after.GetProperty("planting").GetProperty("stage").GetString());

        var listed = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/plots/{plotId}/plantings");
        Assert.Equal("郑单958", listed[0].GetProperty("variety").GetString());
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync($"/api/farm/plots/{plotId}/plantings")).StatusCode);
        using var notTheirs = await host.PostAsJsonAsync($"/api/farm/plots/{plotId}/plantings", new { crop = "maize", startedOn = sown });
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
    }

    [Fact]
    public async Task A_farmer_keeps_a_diary_and_spraying_must_name_the_product()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var plot = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items")[0];
        var (farm, plotId) = (plot.GetProperty("farmId").GetGuid(), plot.GetProperty("id").GetGuid());
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

        using var noProduct = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/diary", new { plotId, kind = "spraying", day = today, amount = "1500 倍液" });
        Assert.Equal(HttpStatusCode.BadRequest, noProduct.StatusCode);
        Assert.Contains("product", await noProduct.Content.ReadAsStringAsync());
        using var future = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/diary", new { kind = "irrigation", day = "2099-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        using var sprayed = await farmer.PostAsJsonAsync($"/api/farm/farms/{farm}/diary",
            new { plotId, kind = "spraying", day = today, product = "苦参碱可溶液剂", amount = "1500 倍液", note = "防治茶小绿叶蝉" });
        Assert.Equal(HttpStatusCode.Created, sprayed.StatusCode);

        var diary = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/farms/{farm}/diary");
        Assert.Equal("苦参碱可溶液剂", diary[0].GetProperty("product").GetString());
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync($"/api/farm/farms/{farm}/diary")).StatusCode);
        using var notTheirs = await host.PostAsJsonAsync($"/api/farm/farms/{farm}/diary", new { kind = "other", day = today });
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
    }
}
