namespace Tianyuan.Trace.Features.Query;

using System.Text.Json.Nodes;
using Tianyuan.Trace.Epcis;

/// <summary>The JSON-LD answers of the query side: query documents, single events, discovery collections.</summary>
static class EventJson
{
    /// <summary>An EPCISQueryDocument holding <paramref name="events"/> (stored JSON, each with its own extension context).</summary>
    public static JsonObject QueryDocument(IEnumerable<string> events, DateTimeOffset now) => new()
    {
        ["@context"] = new JsonArray(EpcisDocument.StandardContext),
        ["type"] = "EPCISQueryDocument",
        ["schemaVersion"] = "2.0",
        ["creationDate"] = EventRecord.Time(now),
        ["epcisBody"] = new JsonObject
        {
            ["queryResults"] = new JsonObject
            {
                ["queryName"] = "SimpleEventQuery",
                ["resultsBody"] = new JsonObject { ["eventList"] = new JsonArray([.. events.Select(e => JsonNode.Parse(e))]) },
            },
        },
    };

    /// <summary>One stored event served alone: the EPCIS context first, then its extension prefixes.</summary>
    public static JsonObject Standalone(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var context = new JsonArray(EpcisDocument.StandardContext);
        if (node["@context"] is JsonArray extra)
        {
            foreach (var entry in extra)
                context.Add(entry?.DeepClone());
        }

        node.Remove("@context");
        var result = new JsonObject { ["@context"] = context };
        foreach (var (name, value) in node)
            result[name] = value?.DeepClone();
        return result;
    }

    /// <summary>A discovery answer: the values a resource holds.</summary>
    public static JsonObject Collection(IEnumerable<string> members) => new()
    {
        ["@context"] = EpcisDocument.StandardContext,
        ["type"] = "Collection",
        ["member"] = new JsonArray([.. members.Select(m => JsonValue.Create(m))]),
    };
}
