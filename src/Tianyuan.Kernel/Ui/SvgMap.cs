namespace Tianyuan.Kernel.Ui;

using System.Globalization;
using System.Text;
using System.Text.Json;

/// <summary>
/// Turns region outlines (GeoJSON polygons) into SVG paths, so pages show a map with no tile server, no script and a
/// few kilobytes of markup. Longitude is scaled by cos(latitude) to keep shapes true; <see cref="Project"/> places
/// points (stays, farms) on the same map.
/// </summary>
public sealed class SvgMap<T>
{
    readonly double minLon, maxLat, aspect, scale;

    SvgMap(double minLon, double maxLat, double aspect, double scale) => (this.minLon, this.maxLat, this.aspect, this.scale) = (minLon, maxLat, aspect, scale);

    public IReadOnlyList<(T Item, string Path, double X, double Y)> Areas { get; private set; } = [];

    public int Height { get; private set; }

    /// <summary>The map of <paramref name="items"/>' outlines, or null when none has one.</summary>
    public static SvgMap<T>? From(IReadOnlyList<T> items, Func<T, string?> geoJson)
    {
        var rings = items.Select(i => (Item: i, Json: geoJson(i))).Where(i => i.Json is not null)
            .Select(i => (i.Item, Ring: OuterRing(i.Json!))).Where(r => r.Ring.Count > 2).ToList();
        if (rings.Count == 0)
            return null;
        var all = rings.SelectMany(r => r.Ring).ToList();
        double minLon = all.Min(p => p.Lon), maxLon = all.Max(p => p.Lon), minLat = all.Min(p => p.Lat), maxLat = all.Max(p => p.Lat);
        var aspect = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var map = new SvgMap<T>(minLon, maxLat, aspect, (SvgMaps.Width - 20) / ((maxLon - minLon) * aspect));
        map.Height = (int)Math.Ceiling(((maxLat - minLat) * map.scale) + 20);
        map.Areas = [.. rings.Select(r =>
        {
            var sb = new StringBuilder();
            foreach (var (point, i) in r.Ring.Select((p, i) => (map.Project(p.Lon, p.Lat), i)))
                sb.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? 'M' : 'L')}{point.X:0.#},{point.Y:0.#}");
            var centre = map.Project(r.Ring.Average(p => p.Lon), r.Ring.Average(p => p.Lat));
            return (r.Item, sb.Append('Z').ToString(), centre.X, centre.Y);
        })];
        return map;
    }

    /// <summary>Where a longitude/latitude falls on this map, in SVG units.</summary>
    public (double X, double Y) Project(double lon, double lat) => (10 + ((lon - minLon) * aspect * scale), 10 + ((maxLat - lat) * scale));

    static List<(double Lon, double Lat)> OuterRing(string geoJson)
    {
        using var doc = JsonDocument.Parse(geoJson);
        var coordinates = doc.RootElement.GetProperty("coordinates");
        var ring = doc.RootElement.GetProperty("type").GetString() == "MultiPolygon" ? coordinates[0][0] : coordinates[0];
        return [.. ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble()))];
    }
}

/// <summary>What every <see cref="SvgMap{T}"/> shares: its width, and labels.</summary>
public static class SvgMaps
{
    /// <summary>Width of the viewBox; heights follow the region's shape.</summary>
    public const int Width = 640;

    /// <summary>SVG text for a label, encoded (Razor reserves the &lt;text&gt; tag, so pages emit it as markup).</summary>
    public static string Label(double x, double y, string name) =>
        string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" class=\"map-label\">{System.Net.WebUtility.HtmlEncode(name)}</text>");
}
