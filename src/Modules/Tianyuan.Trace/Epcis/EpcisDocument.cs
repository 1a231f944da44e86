namespace Tianyuan.Trace.Epcis;

using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>
/// The parts of an EPCISDocument (or of an EPCISQueryDocument handed in for replication) that capture needs:
/// where its events are, and the JSON-LD context its events must carry when served on their own.
/// </summary>
sealed class EpcisDocument
{
    /// <summary>The standard context every EPCIS 2.0 document imports; served with every query answer.</summary>
    public const string StandardContext = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    EpcisDocument(JsonElement root, string eventListPointer, IReadOnlyList<JsonElement> events)
    {
        Root = root;
        EventListPointer = eventListPointer;
        Events = events;
        Prefixes = JsonLdPrefixes.Of(root);
        ExtraContext = ContextBeyondStandard(root);
    }

    public JsonElement Root { get; }

    /// <summary>"/epcisBody/eventList" (or the query document's path), to name an event's place in errors.</summary>
    public string EventListPointer { get; }

    public IReadOnlyList<JsonElement> Events { get; }

    public IReadOnlyDictionary<string, string> Prefixes { get; }

    /// <summary>The document's @context entries other than the EPCIS context itself (extension prefixes), or null.</summary>
    public JsonArray? ExtraContext { get; }

    public static EpcisDocument Of(JsonElement root)
    {
        var body = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("epcisBody", out var b) && b.ValueKind == JsonValueKind.Object ? b : default;
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("eventList", out var list))
            return new(root, "/epcisBody/eventList", Elements(list));
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("queryResults", out var results)
            && results.ValueKind == JsonValueKind.Object && results.TryGetProperty("resultsBody", out var rb)
            && rb.ValueKind == JsonValueKind.Object && rb.TryGetProperty("eventList", out var queried))
            return new(root, "/epcisBody/queryResults/resultsBody/eventList", Elements(queried));
        return new(root, "/epcisBody/eventList", []);
    }

    /// <summary>A document holding one event, so POST /epcis/events is validated and stored the way capture is.</summary>
    public static JsonDocument Wrap(JsonElement @event, DateTimeOffset now)
    {
        var context = @event.TryGetProperty("@context", out var c) ? JsonNode.Parse(c.GetRawText()) : JsonValue.Create(StandardContext);
        var document = new JsonObject
        {
            ["@context"] = context,
            ["type"] = "EPCISDocument",
            ["schemaVersion"] = "2.0",
            ["creationDate"] = now.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["epcisBody"] = new JsonObject { ["eventList"] = new JsonArray(JsonNode.Parse(@event.GetRawText())) },
        };
        return JsonDocument.Parse(document.ToJsonString());
    }

    static JsonElement[] Elements(JsonElement list) => list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    static JsonArray? ContextBeyondStandard(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("@context", out var context) || context.ValueKind != JsonValueKind.Array)
            return null;
        var extra = context.EnumerateArray()
            .Where(e => !(e.ValueKind == JsonValueKind.String && e.GetString()!.Contains("/epcis-context.jsonld", StringComparison.Ordinal)))
            .Select(e => JsonNode.Parse(e.GetRawText()))
            .ToArray();
        return extra.Length == 0 ? null : new JsonArray(extra);
    }
}
