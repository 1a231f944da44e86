namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tianyuan.Kernel.Demo;

/// <summary>/trace/record and POST /api/trace/record/{step}: harvest, input, pack and ship become EPCIS events that connect.</summary>
public class TraceRecordTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    const string Gtin = "09521141012345";
    const string Farm = "9521141000014";
    const string Buyer = "9521141000021";

    static async Task<JsonElement> Record(HttpClient client, string step, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/trace/record/{step}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK || response.StatusCode == HttpStatusCode.Created, $"{step} {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Harvest_input_pack_and_ship_connect_in_the_recall_and_on_the_consumer_page()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var lot = $"R{run}";
        var sscc = Sscc(run);
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);

        var harvest = await Record(farmer, "harvest", new { gtin = Gtin, lot, kilograms = 120.5, at = "2026-09-12T06:30:00", gln = Farm });
        Assert.Equal($"/01/{Gtin}/10/{lot}", harvest.GetProperty("itemPage").GetString());
        await Record(farmer, "input", new { gtin = Gtin, lot, product = "有机肥", dose = "200 kg/亩", at = "2026-06-01T09:00:00", gln = Farm });
        await Record(farmer, "pack", new { gtin = Gtin, lot, serialFrom = 1000, count = 12, sscc, at = "2026-09-12T10:00:00", gln = Farm });
        var ship = await Record(farmer, "ship", new { sscc, destination = Buyer, order = $"PO-{run}", minTemperature = 2, maxTemperature = 8, at = "2026-09-13T08:00:00", gln = Farm });
        Assert.Equal(lot, ship.GetProperty("lot").GetString());

        var recall = await farmer.GetFromJsonAsync<JsonElement>($"/api/trace/recall?gtin={Gtin}&lot={lot}");
        var downstream = recall.GetProperty("downstream").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Contains($"https://id.gs1.org/00/{sscc}", downstream);
        Assert.Contains(recall.GetProperty("transactions").EnumerateArray(), t => t.GetProperty("id").GetString()!.EndsWith($"PO-{run}", StringComparison.Ordinal));
        Assert.Contains(recall.GetProperty("destinations").EnumerateArray(), d => d.GetProperty("id").GetString()!.Contains(Buyer, StringComparison.Ordinal));
        Assert.Equal(4, recall.GetProperty("events").GetArrayLength());

        using var anyone = app.Client();
        anyone.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var page = WebUtility.HtmlDecode(await anyone.GetStringAsync($"/01/{Gtin}/10/{lot}"));
        foreach (var word in new[] { "收获", "施用投入品", "包装", "发货" })
            Assert.Contains(word, page);
        Assert.True(page.IndexOf("收获", StringComparison.Ordinal) < page.IndexOf("发货", StringComparison.Ordinal));

        // The same step twice is the same event: stored once.
        await Record(farmer, "harvest", new { gtin = Gtin, lot, kilograms = 120.5, at = "2026-09-12T06:30:00", gln = Farm });
        Assert.Equal(4, (await farmer.GetFromJsonAsync<JsonElement>($"/api/trace/recall?gtin={Gtin}&lot={lot}")).GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task A_received_case_carries_its_cold_chain_temperatures_to_the_query_and_the_consumer_page()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var lot = $"C{run}";
        var sscc = Sscc(run);
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        await Record(farmer, "harvest", new { gtin = Gtin, lot, kilograms = 40, at = "2026-09-12T06:30:00", gln = Farm });
        await Record(farmer, "pack", new { gtin = Gtin, lot, serialFrom = 1, count = 10, sscc, at = "2026-09-12T10:00:00", gln = Farm });
        await Record(farmer, "ship", new { sscc, destination = Buyer, minTemperature = 2, maxTemperature = 8, at = "2026-09-13T08:00:00", gln = Farm });

        // The logger in the case says it reached 9.4 °C on the way.
        var received = await Record(farmer, "receive", new { sscc, source = Farm, minTemperature = 3.1, maxTemperature = 9.4, at = "2026-09-13T17:20:00", gln = Buyer });
        Assert.Equal(lot, received.GetProperty("lot").GetString());

        var events = (await farmer.GetFromJsonAsync<JsonElement>($"/epcis/events?EQ_bizStep=receiving&MATCH_epc=https://id.gs1.org/00/{sscc}")).GetProperty("epcisBody").GetProperty("queryResults").GetProperty("resultsBody").GetProperty("eventList");
        var @event = Assert.Single(events.EnumerateArray());
        Assert.Equal("in_progress", @event.GetProperty("disposition").GetString());
        Assert.Contains(Farm, @event.GetProperty("sourceList")[0].GetProperty("source").GetString(), StringComparison.Ordinal);
        var report = @event.GetProperty("sensorElementList")[0].GetProperty("sensorReport")[0];
        Assert.Equal(9.4m, report.GetProperty("maxValue").GetDecimal());
        Assert.Equal(4, (await farmer.GetFromJsonAsync<JsonElement>($"/api/trace/recall?gtin={Gtin}&lot={lot}")).GetProperty("events").GetArrayLength());

        using var anyone = app.Client();
        anyone.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var page = WebUtility.HtmlDecode(await anyone.GetStringAsync($"/01/{Gtin}/10/{lot}"));
        Assert.Contains("收货", page);
        Assert.Contains("9.4", page);

        using var bad = await farmer.PostAsJsonAsync("/api/trace/record/receive", new { sscc, minTemperature = 12, maxTemperature = 4 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["maxTemperature", "source"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_soil_test_of_the_lots_field_shows_its_values_on_the_consumer_page()
    {
        var lot = $"S{Guid.NewGuid().ToString("N")[..6]}";
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        await Record(farmer, "harvest", new { gtin = Gtin, lot, kilograms = 80, at = "2026-09-12T06:30:00", gln = Farm });
        var test = await Record(farmer, "soil-test", new
        {
            gtin = Gtin, lot, lab = "青溪县农业技术推广中心", report = "TF-2026-0315", ph = 5.6, organicMatter = 28.4, nitrogen = 132, phosphorus = 18.5,
            potassium = 96, at = "2026-03-15T10:00:00", gln = Farm,
        });
        var stored = await farmer.GetFromJsonAsync<JsonElement>($"/epcis/events/{Uri.EscapeDataString(test.GetProperty("eventId").GetString()!)}");
        Assert.Equal("TF-2026-0315", stored.GetProperty("ty:soilTest").GetProperty("ty:report").GetString());
        Assert.Equal(5, stored.GetProperty("sensorElementList")[0].GetProperty("sensorReport").GetArrayLength());

        using var anyone = app.Client();
        anyone.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var page = WebUtility.HtmlDecode(await anyone.GetStringAsync($"/01/{Gtin}/10/{lot}"));
        foreach (var shown in new[] { "土壤检测", "pH 5.6", "有机质 28.4 g/kg", "碱解氮 132 mg/kg", "速效钾 96 mg/kg" })
            Assert.Contains(shown, page);

        using var bad = await farmer.PostAsJsonAsync("/api/trace/record/soil-test", new { gtin = Gtin, lot, ph = 15 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["lab", "ph"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        using var empty = await farmer.PostAsJsonAsync("/api/trace/record/soil-test", new { gtin = Gtin, lot, lab = "某检测站" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_visitors_may_not_record()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var badGtin = await farmer.PostAsJsonAsync("/api/trace/record/harvest", new { gtin = "09521141012346", lot = "X1", kilograms = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, badGtin.StatusCode);
        var problem = await badGtin.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("gtin", out _));

        using var badPack = await farmer.PostAsJsonAsync("/api/trace/record/pack", new { gtin = Gtin, lot = "", serialFrom = 1, count = 201, sscc = "095211410000000010" });
        var errors = (await badPack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("lot", out _));
        Assert.True(errors.TryGetProperty("count", out _));
        Assert.True(errors.TryGetProperty("sscc", out _));

        using var visitor = await app.SignedInAsync(DemoAccounts.Visitor);
        using var refused = await visitor.PostAsJsonAsync("/api/trace/record/harvest", new { gtin = Gtin, lot = "X1", kilograms = 5 });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_record_page_shows_messages_next_to_fields_and_links_after_a_step()
    {
        using var browser = await app.CookieClientAsync(DemoAccounts.Farmer);
        var form = WebUtility.HtmlDecode(await browser.GetStringAsync("/trace/record"));
        Assert.Contains("record-harvest", form);
        Assert.Contains("施用投入品", form);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        async Task<string> Post(params (string, string)[] fields)
        {
            var values = new Dictionary<string, string> { ["_handler"] = "record-harvest", ["__RequestVerificationToken"] = token };
            foreach (var (k, v) in fields)
                values[k] = v;
            using var response = await browser.PostAsync("/trace/record", new FormUrlEncodedContent(values));
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        var lot = "P" + Guid.NewGuid().ToString("N")[..6];
        var bad = await Post(("Harvest.Gtin", "09521141012346"), ("Harvest.Lot", lot), ("Harvest.Kilograms", "3"));
        Assert.Contains("id=\"gtin-error\"", bad);
        Assert.Contains("校验位不对：应为 5", bad);
        Assert.DoesNotContain("record-done", bad);
        var recall = await browser.GetStringAsync($"/trace/recall?gtin={Gtin}&lot={lot}");
        Assert.DoesNotContain("recall-events", recall);

        var good = await Post(("Harvest.Gtin", Gtin), ("Harvest.Lot", lot), ("Harvest.Kilograms", "3.5"), ("Harvest.Gln", Farm));
        Assert.Contains("record-done", good);
        Assert.Contains($"href=\"/01/{Gtin}/10/{lot}\"", good);
        Assert.Contains($"/trace/recall?gtin={Gtin}&lot={lot}", good);
        Assert.Contains(lot, (await browser.GetStringAsync($"/trace/recall?gtin={Gtin}&lot={lot}")));

        using var visitor = await app.CookieClientAsync(DemoAccounts.Visitor);
        using var refused = await visitor.GetAsync("/trace/record");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    /// <summary>An SSCC (extension 0, company prefix 9521141, 9-digit serial reference) with its check digit.</summary>
    static string Sscc(string run)
    {
        var body = "09521141" + (Convert.ToInt64(run, 16) % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * (i % 2 == 0 ? 3 : 1)).Sum();
        return body + ((10 - (sum % 10)) % 10);
    }
}
