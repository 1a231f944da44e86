namespace Tianyuan.Trace.Tests;

using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Tianyuan.Trace.Epcis;

/// <summary>
/// The schema shortcut may only speed capture up: whenever it calls a document valid, the shipped EPCIS schema (run by
/// the general validator, as before the shortcut) must agree, for the shared examples and for near misses of the plain
/// document the farm pages and the benchmark send. And it must actually take the plain document, or it saves nothing.
/// </summary>
public class SchemaShortcutTests
{
    static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(SchemaShortcut).Assembly.GetManifestResourceStream("Tianyuan.Trace.epcis-json-schema.json")!;
        return JsonSchema.FromText(new StreamReader(stream).ReadToEnd());
    });

    const string Plain = """
        {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0",
         "creationDate":"2026-01-01T00:00:00Z","epcisBody":{"eventList":[
          {"type":"ObjectEvent","eventTime":"2026-01-01T08:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"OBSERVE",
           "bizStep":"shipping","disposition":"in_transit","readPoint":{"id":"urn:epc:id:sgln:9521141.00001.0"},
           "epcList":["urn:epc:id:sgtin:9521141.012345.1"]}]}}
        """;

    static bool SchemaAccepts(JsonElement document) =>
        Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid;

    static void AssertNeverMoreLenient(string json)
    {
        var document = JsonDocument.Parse(json).RootElement;
        if (SchemaShortcut.ProvesValid(document))
            Assert.True(SchemaAccepts(document), "the shortcut accepted a document the schema refuses: " + json);
    }

    static string Changed(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(Plain)!.AsObject();
        change(document["epcisBody"]!["eventList"]![0]!.AsObject());
        return document.ToJsonString();
    }

    [Fact]
    public void The_plain_document_is_proven_valid_without_the_validator()
    {
        var document = JsonDocument.Parse(Plain).RootElement;
        Assert.True(SchemaShortcut.ProvesValid(document));
        Assert.True(SchemaAccepts(document));
    }

    [Fact]
    public void It_never_accepts_a_shared_example_the_schema_refuses()
    {
        var files = new[] { "gs1-json", "openepcis-invalid" }
            .SelectMany(folder => Directory.GetFiles(SharedBenchmarks.Folder("epcis", folder)))
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonld", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
            AssertNeverMoreLenient(File.ReadAllText(file));
    }

    public static TheoryData<string> NearMisses() =>
    [
        Changed(e => e["eventTimeZoneOffset"] = "+14:30"),
        Changed(e => e["eventTimeZoneOffset"] = "+8:00"),
        Changed(e => e["eventTimeZoneOffset"] = "+08:60"),
        Changed(e => e["eventTime"] = "22-07-2026"),
        Changed(e => e["eventTime"] = 20260101),
        Changed(e => e["recordTime"] = "yesterday"),
        Changed(e => e["action"] = "observe"),
        Changed(e => e.Remove("action")),
        Changed(e => e["bizStep"] = "shippin"),
        Changed(e => e["bizStep"] = "x:shipping"),
        Changed(e => e["bizStep"] = "cbv:BizStep-shipping"),
        Changed(e => e["disposition"] = "in transit"),
        Changed(e => e["readPoint"] = new JsonObject()),
        Changed(e => e["readPoint"] = "urn:epc:id:sgln:9521141.00001.0"),
        Changed(e => e["bizLocation"] = new JsonObject { ["id"] = "not a uri" }),
        Changed(e => e["epcList"] = new JsonArray()),
        Changed(e => e["epcList"] = new JsonArray("not a uri")),
        Changed(e => e["epcList"] = new JsonArray(1)),
        Changed(e => e.Remove("epcList")),
        Changed(e => e["eventID"] = "no scheme"),
        Changed(e => e["parentID"] = "urn:epc:id:sscc:9521141.0000000001"),
        Changed(e => e["type"] = "AssociationEvent"),
        Changed(e => e["type"] = "TransformationEvent"),
        Changed(e => e["type"] = "TransactionEvent"),
        Changed(e => e["type"] = "objectEvent"),
        Changed(e => e.Remove("type")),
        Changed(e => e.Remove("eventTimeZoneOffset")),
        Changed(e => e["ilmd"] = new JsonObject()),
        Changed(e => e["bizStepp"] = "shipping"),
        Changed(e => e["ex:field"] = "value"),
        Plain.Replace("\"schemaVersion\":\"2.0\"", "\"schemaVersion\":\"2.\"", StringComparison.Ordinal),
        Plain.Replace("\"schemaVersion\":\"2.0\"", "\"schemaVersion\":\"3.0\"", StringComparison.Ordinal),
        Plain.Replace("\"creationDate\":\"2026-01-01T00:00:00Z\"", "\"creationDate\":\"2026-01-01\"", StringComparison.Ordinal),
        Plain.Replace("[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"]", "[]", StringComparison.Ordinal),
        Plain.Replace("\"type\":\"EPCISDocument\"", "\"type\":\"EPCISQueryDocument\"", StringComparison.Ordinal),
        Plain.Replace("\"type\":\"ObjectEvent\",", "\"type\":\"ObjectEvent\",\"action\":\"WRONG\",", StringComparison.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void It_never_accepts_a_near_miss_the_schema_refuses(string json) => AssertNeverMoreLenient(json);
}
