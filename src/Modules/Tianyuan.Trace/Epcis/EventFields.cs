namespace Tianyuan.Trace.Epcis;

using System.Text.Json;

/// <summary>Where an event names identifiers, so checking them and indexing them read the same fields.</summary>
static class EventFields
{
    public const string ReadPoint = "readPoint";
    public const string BizLocation = "bizLocation";

    static readonly string[] EpcLists = ["epcList", "childEPCs", "inputEPCList", "outputEPCList"];

    static readonly string[] QuantityLists = ["quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"];

    /// <summary>Each identifier with the field it stands in (its role) and its JSON pointer within the event.</summary>
    public static IEnumerable<(string Role, string Pointer, string Value)> Identifiers(JsonElement @event)
    {
        foreach (var list in EpcLists)
        {
            foreach (var (item, i) in Items(@event, list))
            {
                if (item.ValueKind == JsonValueKind.String)
                    yield return (list, $"/{list}/{i}", item.GetString()!);
            }
        }

        foreach (var list in QuantityLists)
        {
            foreach (var (item, i) in Items(@event, list))
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("epcClass", out var c) && c.ValueKind == JsonValueKind.String)
                    yield return (list, $"/{list}/{i}/epcClass", c.GetString()!);
            }
        }

        if (String(@event, "parentID") is { } parent)
            yield return ("parentID", "/parentID", parent);
        foreach (var location in new[] { ReadPoint, BizLocation })
        {
            if (@event.TryGetProperty(location, out var l) && String(l, "id") is { } id)
                yield return (location, $"/{location}/id", id);
        }
    }

    /// <summary>A string property's value, or null when absent or not a string.</summary>
    public static string? String(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static IEnumerable<(JsonElement Item, int Index)> Items(JsonElement @event, string name) =>
        @event.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select((item, i) => (item, i))
            : [];
}
