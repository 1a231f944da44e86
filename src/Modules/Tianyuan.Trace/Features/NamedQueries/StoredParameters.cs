namespace Tianyuan.Trace.Features.NamedQueries;

using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Tianyuan.Trace.Features.Query;

/// <summary>
/// A named query's SimpleEventQuery parameters: read from the request's JSON object (each a string, '|' separating
/// alternatives as in a URL, or an array of strings), checked by <see cref="EventQuery.Parse"/> exactly as a GET
/// /epcis/events query string is, and stored as JSON.
/// </summary>
static class StoredParameters
{
    /// <summary>Paging belongs to whoever reads the results, not to the saved query.</summary>
    static readonly string[] Paging = ["perPage", "nextPageToken"];

    public static (Dictionary<string, StringValues>? Parameters, string? Error) Read(JsonElement query)
    {
        if (query.ValueKind != JsonValueKind.Object)
            return (null, "query is a JSON object of SimpleEventQuery parameters, e.g. {\"EQ_bizStep\": \"shipping\"}.");
        var parameters = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var p in query.EnumerateObject())
        {
            if (Paging.Contains(p.Name, StringComparer.Ordinal))
                return (null, $"{p.Name} is chosen when reading the results (GET /epcis/queries/{{name}}/events), not saved with the query.");
            StringValues? values = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number => p.Value.GetRawText(),
                JsonValueKind.Array when p.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) => new StringValues([.. p.Value.EnumerateArray().Select(v => v.GetString())]),
                _ => null,
            };
            if (values is null)
                return (null, $"{p.Name}: a value is a string or an array of strings.");
            parameters[p.Name] = values.Value;
        }

        return EventQuery.Parse(parameters).Error is { } error ? (null, error) : (parameters, null);
    }

    public static string Write(Dictionary<string, StringValues> parameters) =>
        JsonSerializer.Serialize(parameters.ToDictionary(p => p.Key, p => p.Value.ToArray()));

    public static Dictionary<string, string?[]> Load(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string?[]>>(json) ?? [];

    /// <summary>The stored parameters as query-string pairs, for <see cref="EventQuery.Parse"/>.</summary>
    public static IEnumerable<KeyValuePair<string, StringValues>> Pairs(string json) =>
        Load(json).Select(p => new KeyValuePair<string, StringValues>(p.Key, new StringValues(p.Value)));
}
