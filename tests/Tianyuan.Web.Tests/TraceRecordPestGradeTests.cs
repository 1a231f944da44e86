namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>
/// POST /api/trace/record/pest-report and /grade: a pest found on a lot's field and a lot graded into grade lots reach
/// the consumer page; a grade lot's page tells its harvest lot's story and a recall of the harvest lot reaches every
/// grade lot; bad input is refused field by field, in the request's language, and stores nothing.
/// </summary>
public class TraceRecordPestGradeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    const string Gtin = "09521141012345";
    const string Farm = "9521141000014";

    static async Task<JsonElement> Record(HttpClient client, string step, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/trace/record/{step}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{step} {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    static async Task<JsonElement> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    async Task<string> ConsumerPageAsync(string lot)
    {
        using var anyone = app.Client();
        anyone.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return WebUtility.HtmlDecode(await anyone.GetStringAsync($"/01/{Gtin}/10/{lot}"));
    }

    static async Task<int> EventCountAsync(HttpClient client, string lot) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/trace/recall?gtin={Gtin}&lot={lot}")).GetProperty("events").GetArrayLength();

    [Fact]
    public async Task A_pest_report_reaches_the_consumer_timeline_with_its_findings()
    {
        var lot = $"X{Guid.NewGuid().ToString("N")[..6]}";
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var report = await Record(farmer, "pest-report", new
        {
            gtin = Gtin, lot, pest = "稻飞虱", severity = "moderate", affectedPercent = 15, action = "悬挂黄板，释放赤眼蜂", at = "2026-07-20T08:00:00", gln = Farm,
        });
        Assert.Equal($"/01/{Gtin}/10/{lot}", report.GetProperty("itemPage").GetString());

        var stored = await farmer.GetFromJsonAsync<JsonElement>($"/epcis/events/{Uri.EscapeDataString(report.GetProperty("eventId").GetString()!)}");
        Assert.Equal("ObjectEvent", stored.GetProperty("type").GetString());
        Assert.Equal("https://tianyuan.example/voc/pest_scouting", stored.GetProperty("bizStep").GetString());
        var findings = stored.GetProperty("ty:pestReport");
        Assert.Equal("稻飞虱", findings.GetProperty("ty:pest").GetString());
        Assert.Equal(15m, findings.GetProperty("ty:affectedPercent").GetDecimal());

        var page = await ConsumerPageAsync(lot);
        foreach (var shown in new[] { "病虫害报告", "稻飞虱", "中度", "受害面积", "15%", "悬挂黄板，释放赤眼蜂" })
            Assert.Contains(shown, page);
        // Machines find the same event through the lot's linkset and the EPCIS query it points to.
        using var anyone = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/01/{Gtin}/10/{lot}");
        request.Headers.Accept.ParseAdd("application/linkset+json");
        using var linkset = await anyone.SendAsync(request);
        var query = (await linkset.Content.ReadAsStringAsync()).Contains("epcis/events", StringComparison.Ordinal);
        Assert.True(query);
        var events = (await anyone.GetFromJsonAsync<JsonElement>($"/epcis/events?EQ_bizStep={Uri.EscapeDataString("https://tianyuan.example/voc/pest_scouting")}&MATCH_epcClass=https://id.gs1.org/01/{Gtin}/10/{lot}"))
            .GetProperty("epcisBody").GetProperty("queryResults").GetProperty("resultsBody").GetProperty("eventList");
        Assert.Single(events.EnumerateArray());
    }

    [Fact]
    public async Task A_bad_pest_report_names_its_fields_in_the_requests_language_and_stores_nothing()
    {
        var lot = $"Y{Guid.NewGuid().ToString("N")[..6]}";
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var bad = await farmer.PostAsJsonAsync("/api/trace/record/pest-report", new { gtin = Gtin, lot, pest = "", severity = "awful", affectedPercent = 120 });
        var errors = await Errors(bad);
        Assert.Equal(["affectedPercent", "pest", "severity"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("轻度、中度或重度", errors.GetProperty("severity")[0].GetString());
        Assert.Equal(0, await EventCountAsync(farmer, lot));

        using var english = await farmer.PostAsJsonAsync("/api/trace/record/pest-report?culture=en", new { gtin = "09521141012346", lot, pest = "aphids", severity = "light", affectedPercent = 5 });
        var englishErrors = await Errors(english);
        Assert.Equal("the check digit should be 5, not 6.", englishErrors.GetProperty("gtin")[0].GetString());
    }

    [Fact]
    public async Task A_grade_lot_tells_its_harvest_lots_story_and_a_recall_of_the_harvest_lot_reaches_every_grade()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var lot = $"G{run}";
        var typed = $"G{run}-YJ";
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        await Record(farmer, "input", new { gtin = Gtin, lot, product = "腐熟羊粪", dose = "1.5 吨/亩", at = "2026-04-02T09:00:00", gln = Farm });
        await Record(farmer, "soil-test", new { gtin = Gtin, lot, lab = "县土肥站", ph = 6.4, at = "2026-03-15T10:00:00", gln = Farm });
        await Record(farmer, "harvest", new { gtin = Gtin, lot, kilograms = 100, at = "2026-09-12T06:30:00", gln = Farm });
        var graded = await Record(farmer, "grade", new
        {
            gtin = Gtin, lot, at = "2026-09-12T14:00:00", gln = Farm,
            grades = new object[] { new { name = "特级", kilograms = 60 }, new { name = "一级", kilograms = 32.5, lot = typed }, new { name = "二级" } },
        });
        var derived = $"{lot}-A";
        Assert.Equal([derived, typed], graded.GetProperty("gradeLots").EnumerateArray().Select(l => l.GetString()));

        var stored = await farmer.GetFromJsonAsync<JsonElement>($"/epcis/events/{Uri.EscapeDataString(graded.GetProperty("eventId").GetString()!)}");
        Assert.Equal("TransformationEvent", stored.GetProperty("type").GetString());
        var input = Assert.Single(stored.GetProperty("inputQuantityList").EnumerateArray());
        Assert.Equal(92.5m, input.GetProperty("quantity").GetDecimal());
        Assert.Equal("KGM", input.GetProperty("uom").GetString());
        var outputs = stored.GetProperty("outputQuantityList").EnumerateArray().ToList();
        Assert.Equal([$"https://id.gs1.org/01/{Gtin}/10/{derived}", $"https://id.gs1.org/01/{Gtin}/10/{typed}"], outputs.Select(o => o.GetProperty("epcClass").GetString()));
        Assert.Equal(["特级", "一级"], stored.GetProperty("ty:grades").EnumerateArray().Select(g => g.GetProperty("ty:grade").GetString()));

        // The grade lot's page: the harvest lot's input, soil test and harvest, then the grading.
        var page = await ConsumerPageAsync(derived);
        foreach (var shown in new[] { "土壤检测", "收获", "分级", "特级", "60 公斤", $"原批次 {lot}", "腐熟羊粪" })
            Assert.Contains(shown, page);
        Assert.True(page.IndexOf("收获", StringComparison.Ordinal) < page.IndexOf("分级", StringComparison.Ordinal));
        Assert.Contains($"href=\"/01/{Gtin}/10/{typed}\"", page);

        var recall = await farmer.GetFromJsonAsync<JsonElement>($"/api/trace/recall?gtin={Gtin}&lot={lot}");
        var downstream = recall.GetProperty("downstream").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Contains($"https://id.gs1.org/01/{Gtin}/10/{derived}", downstream);
        Assert.Contains($"https://id.gs1.org/01/{Gtin}/10/{typed}", downstream);
        var upstream = (await farmer.GetFromJsonAsync<JsonElement>($"/api/trace/recall?gtin={Gtin}&lot={typed}")).GetProperty("upstream");
        Assert.Contains(upstream.EnumerateArray(), u => u.GetString() == $"https://id.gs1.org/01/{Gtin}/10/{lot}");
    }

    [Fact]
    public async Task A_bad_grading_names_the_grade_rows_and_stores_nothing()
    {
        var lot = $"H{Guid.NewGuid().ToString("N")[..6]}";
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        await Record(farmer, "harvest", new { gtin = Gtin, lot, kilograms = 50, gln = Farm });
        using var bad = await farmer.PostAsJsonAsync("/api/trace/record/grade", new
        {
            gtin = Gtin, lot,
            grades = new object[] { new { name = "特级", kilograms = -3 }, new { name = "一级", kilograms = 10, lot }, new { name = "", kilograms = 5, lot = "L 1" } },
        });
        var errors = await Errors(bad);
        Assert.Equal(["grades[0].kilograms", "grades[1].lot", "grades[2].lot", "grades[2].name"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("不能含有“ ”", errors.GetProperty("grades[2].lot")[0].GetString());
        using var none = await farmer.PostAsJsonAsync("/api/trace/record/grade", new { gtin = Gtin, lot, grades = new object[] { new { name = "特级" } } });
        Assert.True((await Errors(none)).TryGetProperty("grades", out _));
        Assert.Equal(1, await EventCountAsync(farmer, lot));
    }
}
