namespace Tianyuan.Trace.Epcis;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

/// <summary>
/// The EPCIS Event Hash ID of CBV 2.0 §8.9: <c>ni:///sha-256;{hex}?ver=CBV2.0</c>, the SHA-256 of a canonical
/// "pre-hash string" of the event. Two systems that hold the same event, in XML or JSON, with properties in any
/// order, times in any offset, EPCs as URNs or Digital Links, compute the same ID, so it serves as an eventID, as a
/// duplicate check and as the leaf data of the transparency log.
/// </summary>
/// <remarks>
/// Pre-hash string: "eventType=…", then the fields in the canonical property order (<see cref="Order"/>), each
/// written "name=value", lists as their name followed by their elements in lexical order, then every other field
/// (ILMD, error declaration, user extensions) as "{namespace}localName=value", sorted. Nothing separates the parts.
/// eventID and recordTime are not part of the event's content and are left out.
/// </remarks>
static class EventHash
{
    /// <summary>The canonical property order; each entry says how its value is written.</summary>
    static readonly (string Name, Field Kind)[] Order =
    [
        ("eventTime", Field.Time), ("eventTimeZoneOffset", Field.Plain), ("epcList", Field.EpcList), ("parentID", Field.Plain),
        ("inputEPCList", Field.EpcList), ("childEPCs", Field.EpcList), ("quantityList", Field.QuantityList),
        ("childQuantityList", Field.QuantityList), ("inputQuantityList", Field.QuantityList), ("outputEPCList", Field.EpcList),
        ("outputQuantityList", Field.QuantityList), ("action", Field.Plain), ("transformationID", Field.Plain),
        ("bizStep", Field.BizStep), ("disposition", Field.Disposition), ("persistentDisposition", Field.PersistentDisposition),
        ("readPoint", Field.Location), ("bizLocation", Field.Location), ("bizTransactionList", Field.TypedList),
        ("sourceList", Field.TypedList), ("destinationList", Field.TypedList), ("sensorElementList", Field.Sensors),
    ];

    static readonly string[] MetadataOrder = ["time", "startTime", "endTime", "deviceID", "deviceMetadata", "rawData", "dataProcessingMethod", "bizRules"];

    static readonly string[] ReportOrder =
    [
        "type", "exception", "deviceID", "deviceMetadata", "rawData", "dataProcessingMethod", "time", "microorganism",
        "chemicalSubstance", "value", "component", "stringValue", "booleanValue", "hexBinaryValue", "uriValue", "minValue",
        "maxValue", "meanValue", "sDev", "percRank", "percValue", "uom", "coordinateReferenceSystem",
    ];

    /// <summary>Fields that identify the record rather than the event, or are the JSON-LD framing.</summary>
    static readonly HashSet<string> NotHashed = ["eventID", "recordTime", "type", "isA", "@context"];

    enum Field { Plain, Time, EpcList, QuantityList, BizStep, Disposition, PersistentDisposition, Location, TypedList, Sensors }

    /// <summary>
    /// The hash ID of one event (an element of <c>epcisBody.eventList</c>). <paramref name="prefixes"/> are the
    /// document's JSON-LD prefixes (<see cref="JsonLdPrefixes.Of"/>); without them, the standard ones.
    /// </summary>
    public static string Compute(JsonElement @event, IReadOnlyDictionary<string, string>? prefixes = null) =>
        "ni:///sha-256;" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PreHash(@event, prefixes)))) + "?ver=CBV2.0";

    /// <summary>The canonical pre-hash string; exposed because comparing it is how two implementations find where they differ.</summary>
    public static string PreHash(JsonElement @event, IReadOnlyDictionary<string, string>? prefixes = null)
    {
        var p = JsonLdPrefixes.Of(@event, prefixes ?? JsonLdPrefixes.Standard);
        var type = @event.TryGetProperty("type", out var t) ? t : @event.TryGetProperty("isA", out var isA) ? isA : default;
        var sb = new StringBuilder("eventType=").Append(type.ValueKind == JsonValueKind.String ? type.GetString() : "");
        foreach (var (name, kind) in Order)
        {
            if (@event.TryGetProperty(name, out var value))
            {
                sb.Append(Render(name, kind, value, p));
            }
        }

        var known = Order.Select(o => o.Name).Concat(NotHashed).ToHashSet();
        sb.Append(Others(@event, known, p));
        return sb.ToString();
    }

    static string Render(string name, Field kind, JsonElement value, IReadOnlyDictionary<string, string> p) => kind switch
    {
        Field.Time => $"{name}={HashValues.Time(Text(value))}",
        Field.Plain => $"{name}={HashValues.General(Text(value), p)}",
        Field.BizStep => $"{name}={HashValues.Vocabulary(Text(value), "BizStep-", p)}",
        Field.Disposition => $"{name}={HashValues.Vocabulary(Text(value), "Disp-", p)}",
        Field.EpcList => name + Sorted(Items(value).Select(e => "epc=" + HashValues.General(Text(e), p))),
        Field.QuantityList => name + Sorted(Items(value).Select(q => "quantityElement"
            + Scalar(q, "epcClass", p) + Scalar(q, "quantity", p) + Scalar(q, "uom", p))),
        Field.PersistentDisposition => name
            + Sorted(Items(Prop(value, "set")).Select(d => "set=" + HashValues.Vocabulary(Text(d), "Disp-", p)))
            + Sorted(Items(Prop(value, "unset")).Select(d => "unset=" + HashValues.Vocabulary(Text(d), "Disp-", p))),
        Field.Location => name + Scalar(value, "id", p) + Others(value, ["id"], p),
        Field.TypedList => name + Sorted(Items(value).Select(e => TypedEntry(name, e, p))),
        Field.Sensors => name + Sorted(Items(value).Select(e => Sensor(e, p))),
        _ => "",
    };

    /// <summary>A business transaction, source or destination: its value, then its type (rule 13), before sorting.</summary>
    static string TypedEntry(string listName, JsonElement entry, IReadOnlyDictionary<string, string> p)
    {
        var (field, vocabulary) = listName switch
        {
            "bizTransactionList" => ("bizTransaction", "BTT-"),
            "sourceList" => ("source", "SDT-"),
            _ => ("destination", "SDT-"),
        };
        var type = entry.TryGetProperty("type", out var t) ? "type=" + HashValues.Vocabulary(Text(t), vocabulary, p) : "";
        return Scalar(entry, field, p) + type;
    }

    static string Sensor(JsonElement element, IReadOnlyDictionary<string, string> p)
    {
        var metadata = element.TryGetProperty("sensorMetadata", out var m)
            ? "sensorMetadata" + string.Concat(MetadataOrder.Select(f => Scalar(m, f, p))) + Others(m, MetadataOrder, p)
            : "";
        var reports = Sorted(Items(Prop(element, "sensorReport")).Select(r =>
            "sensorReport" + string.Concat(ReportOrder.Select(f => Scalar(r, f, p))) + Others(r, ReportOrder, p)));
        return "sensorElement" + metadata + reports + Others(element, ["sensorMetadata", "sensorReport"], p);
    }

    /// <summary>"name=value" of one scalar property, empty when it is absent; names ending in "time" get the timestamp rule.</summary>
    static string Scalar(JsonElement parent, string name, IReadOnlyDictionary<string, string> p)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind is JsonValueKind.Null)
        {
            return "";
        }

        var text = Text(value);
        return name + "=" + (name.EndsWith("time", StringComparison.OrdinalIgnoreCase)
            ? HashValues.Time(text)
            : HashValues.General(text, p));
    }

    /// <summary>
    /// Every property of <paramref name="obj"/> not named in <paramref name="known"/>: ILMD, error declarations and
    /// user extensions (rules 19–21), each as "{namespace}local=value" with its children inside, all sorted.
    /// </summary>
    static string Others(JsonElement obj, IEnumerable<string> known, IReadOnlyDictionary<string, string> p)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        var skip = known.ToHashSet();
        return Sorted(obj.EnumerateObject().Where(x => !skip.Contains(x.Name) && !x.Name.StartsWith('@') && x.Name != "#text")
            .SelectMany(x => Generic(x.Name, x.Value, p)));
    }

    static IEnumerable<string> Generic(string name, JsonElement value, IReadOnlyDictionary<string, string> p)
    {
        var key = ExpandName(name, p);
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                // A JSON array is the XML binding's repeated element: each item stands on its own under the same name.
                return value.EnumerateArray().SelectMany(item => Generic(name == "correctiveEventIDs" ? "correctiveEventID" : name, item, p));
            case JsonValueKind.Object:
                var text = value.TryGetProperty("#text", out var t) ? "=" + HashValues.General(Text(t), p) : "";
                var inner = key + text + Others(value, [], p);
                return inner == key ? [] : [inner];
            case JsonValueKind.Null:
                return [];
            default:
                var v = Text(value).Trim();
                return [v.Length == 0 ? key : key + "=" + (name.EndsWith("Time", StringComparison.Ordinal) ? HashValues.Time(v) : HashValues.General(v, p))];
        }
    }

    /// <summary>"example:myField" → "{https://ns.example.com/epcis/}myField"; names of the standard stay as they are.</summary>
    static string ExpandName(string name, IReadOnlyDictionary<string, string> p)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && p.TryGetValue(name[..colon], out var ns) ? "{" + ns + "}" + name[(colon + 1)..] : name;
    }

    static string Sorted(IEnumerable<string> parts) => string.Concat(parts.Where(s => s.Length > 0).Order(StringComparer.Ordinal));

    static IEnumerable<JsonElement> Items(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray(),
        JsonValueKind.Undefined or JsonValueKind.Null => [],
        _ => [value],
    };

    static JsonElement Prop(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? v : default;

    /// <summary>The text of a scalar (a location given as a bare string is its id).</summary>
    static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object when value.TryGetProperty("id", out var id) => Text(id),
        _ => value.GetRawText(),
    };
}
