namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tianyuan.Kernel.Demo;
using static TraceTestData;

/// <summary>A recall walks the stored events: the lot's boxes, the case they were packed into, its shipment and buyer, and the seed it came from.</summary>
public class RecallTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    const string Gtin = "09521141012345";

    [Fact]
    public async Task A_lot_is_followed_to_its_case_shipment_and_buyer_and_back_to_its_seed_lot()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var (lot, seed, case_) = ($"L{run}", $"SEED{run}", $"https://id.gs1.org/00/{Sscc(run)}");
        var item = $"https://id.gs1.org/01/{Gtin}/21/S{run}";
        JsonObject Event(string type, string time, string action, string step, params (string Key, JsonNode Value)[] fields)
        {
            var e = new JsonObject { ["type"] = type, ["eventTime"] = time, ["eventTimeZoneOffset"] = "+08:00", ["bizStep"] = step };
            if (action.Length > 0)
                e["action"] = action;
            foreach (var (key, value) in fields)
                e[key] = value;
            return e;
        }

        JsonObject Quantity(string l) => new() { ["epcClass"] = $"https://id.gs1.org/01/{Gtin}/10/{l}", ["quantity"] = 50, ["uom"] = "KGM" };
        var document = Document(
            Event("TransformationEvent", "2026-03-01T08:00:00+08:00", "", "commissioning",
                ("inputQuantityList", new JsonArray(Quantity(seed))), ("outputQuantityList", new JsonArray(Quantity(lot)))),
            Event("ObjectEvent", "2026-09-12T06:30:00+08:00", "ADD", "commissioning",
                ("quantityList", new JsonArray(Quantity(lot))), ("epcList", new JsonArray(item))),
            Event("AggregationEvent", "2026-09-12T10:00:00+08:00", "ADD", "packing", ("parentID", case_), ("childEPCs", new JsonArray(item))),
            Event("ObjectEvent", "2026-09-13T08:00:00+08:00", "OBSERVE", "shipping", ("epcList", new JsonArray(case_)),
                ("bizTransactionList", new JsonArray(new JsonObject { ["type"] = "po", ["bizTransaction"] = $"urn:epcglobal:cbv:bt:9521141000014:PO-{run}" })),
                ("destinationList", new JsonArray(new JsonObject { ["type"] = "owning_party", ["destination"] = "https://id.gs1.org/417/9521141000021" }))));
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        Assert.True((await CaptureAsync(farmer, document)).GetProperty("success").GetBoolean());

        var recall = await farmer.GetFromJsonAsync<JsonElement>($"/api/trace/recall?gtin={Gtin}&lot={lot}");
        var downstream = recall.GetProperty("downstream").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Contains(item, downstream);
        Assert.Contains(case_, downstream);
        Assert.Contains($"https://id.gs1.org/01/{Gtin}/10/{seed}", recall.GetProperty("upstream").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(4, recall.GetProperty("events").GetArrayLength());
        Assert.Contains(recall.GetProperty("transactions").EnumerateArray(), t => t.GetProperty("id").GetString()!.EndsWith($"PO-{run}", StringComparison.Ordinal));
        Assert.Contains(recall.GetProperty("destinations").EnumerateArray(), d => d.GetProperty("type").GetString() == "owning_party");

        using var csv = await farmer.GetAsync($"/api/trace/recall.csv?gtin={Gtin}&lot={lot}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(5, (await csv.Content.ReadAsStringAsync()).Trim().Split('\n').Length); // header + 4 events

        using var browserLike = await app.CookieClientAsync(DemoAccounts.Farmer);
        var page = await browserLike.GetStringAsync($"/trace/recall?gtin={Gtin}&lot={lot}");
        Assert.Contains($"PO-{run}", page);
        Assert.Contains("9521141000021", page);

        using var badGtin = await farmer.GetAsync($"/api/trace/recall?gtin=09521141012346&lot={lot}");
        Assert.Equal(HttpStatusCode.BadRequest, badGtin.StatusCode);
        Assert.Contains("gtin", await badGtin.Content.ReadAsStringAsync());
        using var visitor = await app.SignedInAsync(DemoAccounts.Visitor);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync($"/api/trace/recall?gtin={Gtin}&lot={lot}")).StatusCode);
    }

    /// <summary>An SSCC (extension 0, company prefix 9521141, 9-digit serial reference) with its check digit.</summary>
    static string Sscc(string run)
    {
        var body = "09521141" + (Convert.ToInt64(run, 16) % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * (i % 2 == 0 ? 3 : 1)).Sum();
        return body + ((10 - (sum % 10)) % 10);
    }
}
