namespace Tianyuan.Farm.Features.Overview;

using System.Text.Json;

/// <summary>
/// A plot's boundary as rings of (longitude, latitude), read from the GeoJSON the farmer drew or the demo stored:
/// a Polygon, a MultiPolygon, or either inside a Feature. Anything else (a point, broken JSON, a ring of fewer than
/// three corners) gives no outline, and the map lists the plot as "not drawn" instead of guessing a shape.
/// </summary>
static class PlotOutline
{
    public static IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings(string? geoJson)
    {
        if (string.IsNullOrWhiteSpace(geoJson))
            return [];
        try
        {
            using var doc = JsonDocument.Parse(geoJson);
            return Of(doc.RootElement);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    static List<IReadOnlyList<(double, double)>> Of(JsonElement geometry)
    {
        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("type", out var type))
            return [];
        if (type.ValueEquals("Feature"))
            return geometry.TryGetProperty("geometry", out var inner) ? Of(inner) : [];
        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
            return [];
        // Only the outer ring of each polygon is drawn: holes in a field (a pond, a barn) are too small to see at this scale.
        if (type.ValueEquals("Polygon"))
            return [.. OuterRing(coordinates)];
        if (type.ValueEquals("MultiPolygon"))
            return [.. coordinates.EnumerateArray().SelectMany(OuterRing)];
        return [];
    }

    static IEnumerable<IReadOnlyList<(double, double)>> OuterRing(JsonElement polygon)
    {
        if (polygon.ValueKind != JsonValueKind.Array || polygon.GetArrayLength() == 0 || polygon[0].ValueKind != JsonValueKind.Array)
            yield break;
        var ring = new List<(double, double)>();
        foreach (var position in polygon[0].EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || !position[0].TryGetDouble(out var lon) || !position[1].TryGetDouble(out var lat)
                || lon is < -180 or > 180 || lat is < -90 or > 90)
                yield break;
            ring.Add((lon, lat));
        }

        if (ring.Distinct().Count() >= 3)
            yield return ring;
    }
}
