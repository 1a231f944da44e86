namespace Tianyuan.Trace.Features.Resolver;

using System.Text.Json;

/// <summary>
/// The range one kind of sensor reported in an event's sensorElementList (EPCIS 2.0 §7.3.8), e.g. temperature
/// 2.1–6.4 °C during a shipment: a consumer wants the range, not every reading.
/// </summary>
sealed record SensorSummary(string Type, decimal Min, decimal Max, string? Unit)
{
    /// <summary>UN/CEFACT unit codes that sensors send, written as people read them.</summary>
    static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["CEL"] = "°C", ["FAH"] = "°F", ["P1"] = "%", ["KGM"] = "kg", ["GRM"] = "g", ["LUX"] = "lx", ["A93"] = "g/m³", ["GK"] = "g/kg", ["NA"] = "mg/kg",
    };

    public static IReadOnlyList<SensorSummary> Of(JsonElement @event)
    {
        if (!@event.TryGetProperty("sensorElementList", out var elements) || elements.ValueKind != JsonValueKind.Array)
            return [];
        var readings = new List<(string Type, string? Unit, decimal Value)>();
        foreach (var element in elements.EnumerateArray())
        {
            if (!element.TryGetProperty("sensorReport", out var reports) || reports.ValueKind != JsonValueKind.Array)
                continue;
            foreach (var report in reports.EnumerateArray())
            {
                if (report.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
                {
                    var unit = report.TryGetProperty("uom", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                    foreach (var field in (string[])["value", "minValue", "maxValue"])
                    {
                        if (report.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number)
                            readings.Add((Measurement(type.GetString()!), unit, v.GetDecimal()));
                    }
                }
            }
        }

        return [.. readings.GroupBy(r => (r.Type, r.Unit))
            .Select(g => new SensorSummary(g.Key.Type, g.Min(r => r.Value), g.Max(r => r.Value), g.Key.Unit is { } c ? Units.GetValueOrDefault(c, c) : null))];
    }

    /// <summary>gs1:MT-Temperature, https://gs1.org/voc/MT-Temperature and Temperature all become "Temperature".</summary>
    static string Measurement(string type) =>
        type.LastIndexOf("MT-", StringComparison.Ordinal) is var at and >= 0 ? type[(at + 3)..] : type[(type.LastIndexOfAny([':', '/']) + 1)..];
}
