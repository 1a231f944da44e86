namespace Tianyuan.Trace.Epcis;

using System.Text.Json;

/// <summary>
/// The CURIE prefixes an EPCIS 2.0 JSON-LD document declares in its <c>@context</c> (e.g. <c>"example": "https://ns.example.com/epcis/"</c>),
/// plus the three the standard context always brings. The event hash names user extensions by full namespace, so
/// <c>example:myField</c> must become <c>{https://ns.example.com/epcis/}myField</c> whatever prefix a partner chose.
/// </summary>
static class JsonLdPrefixes
{
    /// <summary>Prefixes of the EPCIS 2.0 context, which every document imports.</summary>
    public static readonly IReadOnlyDictionary<string, string> Standard = new Dictionary<string, string>
    {
        ["gs1"] = "https://gs1.org/voc/",
        ["cbv"] = "https://ref.gs1.org/cbv/",
        ["epcis"] = "https://ref.gs1.org/epcis/",
    };

    /// <summary>The standard prefixes overlaid with those of the document's (or event's) <c>@context</c>.</summary>
    public static IReadOnlyDictionary<string, string> Of(JsonElement documentOrEvent, IReadOnlyDictionary<string, string>? inherited = null)
    {
        var prefixes = new Dictionary<string, string>(inherited ?? Standard);
        if (documentOrEvent.ValueKind == JsonValueKind.Object && documentOrEvent.TryGetProperty("@context", out var context))
        {
            foreach (var entry in context.ValueKind == JsonValueKind.Array ? context.EnumerateArray() : Enumerable.Repeat(context, 1))
            {
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var p in entry.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                {
                    prefixes[p.Name] = p.Value.GetString()!;
                }
            }
        }

        return prefixes;
    }
}
