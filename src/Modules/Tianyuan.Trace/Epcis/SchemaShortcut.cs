namespace Tianyuan.Trace.Epcis;

using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

/// <summary>
/// Proves the common capture document valid against Epcis/Schema/epcis-json-schema.json without the general validator,
/// which costs about 1.5 ms per event and was most of a capture's CPU. It knows only the plain shape (an EPCISDocument
/// whose events use the fields below) and answers "valid" only when every rule of the schema that can apply to such a
/// document holds; anything else — another field, an extension, a query document, a single doubt — answers "not
/// proven", and the schema itself decides and words the errors. So it can make capture faster, never more lenient.
/// The uri and date-time formats are the validator's own, so a value passes here exactly when it passes there.
/// </summary>
static class SchemaShortcut
{
    static readonly HashSet<string> EventTypes = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"];

    static readonly HashSet<string> Actions = ["ADD", "OBSERVE", "DELETE"];

    static readonly HashSet<string> BizSteps =
    [
        "accepting", "arriving", "assembling", "collecting", "commissioning", "consigning", "creating_class_instance", "cycle_counting",
        "decommissioning", "departing", "destroying", "disassembling", "dispensing", "encoding", "entering_exiting", "holding", "inspecting",
        "installing", "killing", "loading", "other", "packing", "picking", "receiving", "removing", "repackaging", "repairing", "replacing",
        "reserving", "retail_selling", "sampling", "sensor_reporting", "shipping", "staging_outbound", "stock_taking", "stocking", "storing",
        "transporting", "unloading", "unpacking", "void_shipping",
    ];

    static readonly HashSet<string> Dispositions =
    [
        "active", "available", "completeness_inferred", "completeness_verified", "conformant", "container_closed", "container_open",
        "damaged", "destroyed", "dispensed", "disposed", "encoded", "expired", "in_progress", "in_transit", "inactive", "mismatch_instance",
        "mismatch_class", "mismatch_quantity", "needs_replacement", "no_pedigree_match", "non_conformant", "non_sellable_other",
        "partially_dispensed", "recalled", "reserved", "retail_sold", "returned", "sellable_accessible", "sellable_not_accessible", "stolen",
        "unavailable", "unknown",
    ];

    /// <summary>True only when the schema would accept <paramref name="document"/>; false means "ask the schema".</summary>
    public static bool ProvesValid(JsonElement document)
    {
        if (document.ValueKind != JsonValueKind.Object
            || !document.TryGetProperty("@context", out var context) || !IsContext(context)
            || !document.TryGetProperty("type", out var type) || !IsString(type, "EPCISDocument")
            || !document.TryGetProperty("schemaVersion", out var version) || !IsSchemaVersion(version)
            || !document.TryGetProperty("creationDate", out var created) || !IsTime(created)
            || !document.TryGetProperty("epcisBody", out var body) || body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("eventList", out var events) || events.ValueKind != JsonValueKind.Array)
            return false;
        // A repeated name would leave the checks above looking at one of its values only.
        if (HasRepeatedName(document, "@context", "type", "schemaVersion", "creationDate", "epcisBody") || HasRepeatedName(body, "eventList"))
            return false;
        foreach (var @event in events.EnumerateArray())
        {
            if (!IsPlainEvent(@event))
                return false;
        }

        return true;
    }

    static bool IsPlainEvent(JsonElement @event)
    {
        if (@event.ValueKind != JsonValueKind.Object)
            return false;
        string? type = null, action = null;
        bool hasTime = false, hasOffset = false, hasEpcs = false, hasParent = false;
        foreach (var field in @event.EnumerateObject())
        {
            var value = field.Value;
            var ok = field.Name switch
            {
                // The schema says nothing about an event's own context.
                "@context" => true,
                "type" => SetOnce(ref type, value) && EventTypes.Contains(type!),
                "action" => SetOnce(ref action, value) && Actions.Contains(action!),
                "eventTime" => Once(ref hasTime) && IsTime(value),
                "recordTime" => IsTime(value),
                "eventTimeZoneOffset" => Once(ref hasOffset) && IsOffset(value),
                "eventID" or "transformationID" => IsUri(value),
                "parentID" => Once(ref hasParent) && IsUri(value),
                "epcList" => Once(ref hasEpcs) && IsUriList(value),
                "childEPCs" or "inputEPCList" or "outputEPCList" => IsUriList(value),
                "bizStep" => IsVocabularyOrUri(value, BizSteps),
                "disposition" => IsVocabularyOrUri(value, Dispositions),
                "readPoint" or "bizLocation" => IsLocation(value),
                _ => false,
            };
            if (!ok)
                return false;
        }

        if (type is null || !hasTime || !hasOffset)
            return false;
        return type switch
        {
            "ObjectEvent" => action is not null && NonEmptyEpcList(@event),
            "AggregationEvent" => action is not null,
            "AssociationEvent" => action is not null && hasParent,
            "TransformationEvent" => action is null,
            // A TransactionEvent needs a bizTransactionList, which this shortcut does not read.
            _ => false,
        };
    }

    /// <summary>Each of these fields may appear once; a second one is a doubt (which value would the schema read?).</summary>
    static bool Once(ref bool seen)
    {
        if (seen)
            return false;
        seen = true;
        return true;
    }

    static bool SetOnce(ref string? slot, JsonElement value)
    {
        if (slot is not null || value.ValueKind != JsonValueKind.String)
            return false;
        slot = value.GetString();
        return true;
    }

    static bool NonEmptyEpcList(JsonElement @event) =>
        @event.TryGetProperty("epcList", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0;

    static bool HasRepeatedName(JsonElement obj, params string[] names)
    {
        foreach (var name in names)
        {
            var seen = 0;
            foreach (var field in obj.EnumerateObject())
            {
                if (field.NameEquals(name) && ++seen > 1)
                    return true;
            }
        }

        return false;
    }

    static bool IsContext(JsonElement context) => context.ValueKind switch
    {
        JsonValueKind.String => IsUri(context),
        JsonValueKind.Object => true,
        JsonValueKind.Array => context.GetArrayLength() > 0
            && context.EnumerateArray().All(c => c.ValueKind == JsonValueKind.Object || (c.ValueKind == JsonValueKind.String && IsUri(c))),
        _ => false,
    };

    static bool IsString(JsonElement value, string expected) => value.ValueKind == JsonValueKind.String && value.ValueEquals(expected);

    /// <summary>^2\.[0-9]+(\.[0-9]+)?$, written out so no regular expression runs per document.</summary>
    static bool IsSchemaVersion(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
            return false;
        var parts = value.GetString()!.Split('.');
        return parts.Length is 2 or 3 && parts[0] == "2" && parts.Skip(1).All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }

    /// <summary>^[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)$.</summary>
    static bool IsOffset(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
            return false;
        var s = value.GetString()!;
        if (s.Length != 6 || s[0] is not ('+' or '-') || s[3] != ':' || !char.IsAsciiDigit(s[1]) || !char.IsAsciiDigit(s[2])
            || s[4] is < '0' or > '5' || !char.IsAsciiDigit(s[5]))
            return false;
        var hours = ((s[1] - '0') * 10) + (s[2] - '0');
        return hours <= 13 || s.AsSpan(1) is "14:00";
    }

    static bool IsVocabularyOrUri(JsonElement value, HashSet<string> words) =>
        value.ValueKind == JsonValueKind.String && (words.Contains(value.GetString()!) || IsAbsoluteUri(value));

    /// <summary>The schema's absoluteUri: a uri with a scheme of two or more letters (^[A-Za-z][A-Za-z0-9+.-]+:).</summary>
    static bool IsAbsoluteUri(JsonElement value)
    {
        var s = value.GetString()!;
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        return colon >= 2 && char.IsAsciiLetter(s[0]) && !s.AsSpan(1, colon - 1).ContainsAnyExcept(SchemeCharacters) && IsUri(value);
    }

    static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+.-");

    static bool IsLocation(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object || HasRepeatedName(value, "id"))
            return false;
        return value.TryGetProperty("id", out var id) && IsUri(id);
    }

    static bool IsUriList(JsonElement value) => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(IsUri);

    static bool IsUri(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && Formats.Uri.Validate(JsonValue.Create(value.GetString()), out _);

    static bool IsTime(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && Formats.DateTime.Validate(JsonValue.Create(value.GetString()), out _);
}
