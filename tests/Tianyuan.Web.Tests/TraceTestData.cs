namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>EPCIS documents and capture calls shared by the repository tests and the Digital Link tests.</summary>
static class TraceTestData
{
    public const string Context = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    public static string Document(params JsonObject[] events) => new JsonObject
    {
        ["@context"] = new JsonArray(Context), ["type"] = "EPCISDocument", ["schemaVersion"] = "2.0",
        ["creationDate"] = "2031-01-01T00:00:00Z", ["epcisBody"] = new JsonObject { ["eventList"] = new JsonArray(events) },
    }.ToJsonString();

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, string mediaType = "application/json", params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        foreach (var (name, value) in headers)
            request.Headers.Add(name, value);
        return await client.SendAsync(request);
    }

    /// <summary>
    /// Appends everything captured so far to the transparency log (the appender would within moments) and signs a
    /// checkpoint over it now, so a test can assert inclusion without waiting for either job's tick.
    /// </summary>
    public static async Task LogAndSignAsync(TestApp app)
    {
        Assert.True(await app.RunJobAsync("LogAppendJob"), "the log appender took its lease");
        Assert.True(await app.RunJobAsync("CheckpointJob"), "the checkpoint job took its lease");
    }

    /// <summary>Captures and returns the finished job (read back from the 202's Location).</summary>
    public static async Task<JsonElement> CaptureAsync(HttpClient client, string document, HttpStatusCode expect = HttpStatusCode.Accepted,
        string mediaType = "application/json", params (string Name, string Value)[] headers)
    {
        using var response = await PostAsync(client, "/epcis/capture", document, mediaType, headers);
        Assert.True(response.StatusCode == expect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
    }

    /// <summary>
    /// A box's story in three events: its lot harvested (a quantity of the LGTIN), the box packed (SGTIN as
    /// URN) and shipped cold (Digital Link, with temperature readings), so matching must cover every notation. CBV has
    /// no harvesting step, so the harvest uses a private vocabulary URI, as a farm system would.
    /// </summary>
    public static string ItemStory(string gtin, string lot, string serial)
    {
        var reader = new JsonObject { ["id"] = "urn:epc:id:sgln:9521141.00001.0" };
        var harvest = new JsonObject
        {
            ["type"] = "ObjectEvent", ["eventTime"] = "2026-09-12T06:30:00+08:00", ["eventTimeZoneOffset"] = "+08:00", ["action"] = "ADD",
            ["bizStep"] = "https://tianyuan.example/voc/harvesting", ["readPoint"] = reader.DeepClone(),
            ["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = $"https://id.gs1.org/01/{gtin}/10/{lot}", ["quantity"] = 120, ["uom"] = "KGM" }),
        };
        var pack = new JsonObject
        {
            ["type"] = "ObjectEvent", ["eventTime"] = "2026-09-12T10:05:00+08:00", ["eventTimeZoneOffset"] = "+08:00", ["action"] = "ADD",
            ["bizStep"] = "packing", ["disposition"] = "in_progress", ["readPoint"] = reader.DeepClone(),
            ["epcList"] = new JsonArray($"urn:epc:id:sgtin:9521141.{gtin[0]}{gtin[8..13]}.{serial}"),
        };
        var ship = new JsonObject
        {
            ["type"] = "ObjectEvent", ["eventTime"] = "2026-09-13T08:00:00+08:00", ["eventTimeZoneOffset"] = "+08:00", ["action"] = "OBSERVE",
            ["bizStep"] = "shipping", ["disposition"] = "in_transit", ["readPoint"] = reader.DeepClone(),
            ["epcList"] = new JsonArray($"https://id.gs1.org/01/{gtin}/21/{serial}"),
            ["sensorElementList"] = new JsonArray(new JsonObject
            {
                ["sensorReport"] = new JsonArray(
                    new JsonObject { ["type"] = "Temperature", ["value"] = 3.5, ["uom"] = "CEL" },
                    new JsonObject { ["type"] = "Temperature", ["value"] = 6.2, ["uom"] = "CEL" }),
            }),
        };
        return Document(harvest, pack, ship);
    }
}
