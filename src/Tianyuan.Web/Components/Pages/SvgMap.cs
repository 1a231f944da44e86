namespace Tianyuan.Web.Components.Pages;

using System.Globalization;
using System.Text;
using System.Text.Json;
using Tianyuan.Regions.Contracts;

/// <summary>
/// Turns region outlines (GeoJSON polygons) into SVG paths, so the home page shows a map with no tile server,
/// no script and a few kilobytes of markup. Longitude is scaled by cos(latitude) to keep shapes true.
/// </summary>
sealed class SvgMap
{
    public const int Width = 640;

    SvgMap(IReadOnlyList<(RegionShape Shape, string Path, double X, double Y)> areas, int height) => (Areas, Height) = (areas, height);

    public IReadOnlyList<(RegionShape Shape, string Path, double X, double Y)> Areas { get; }

    public int Height { get; }

    public static SvgMap? From(IReadOnlyList<RegionShape> shapes)
    {
        var rings = shapes.Where(s => s.BoundaryGeoJson is not null).Select(s => (Shape: s, Ring: OuterRing(s.BoundaryGeoJson!))).Where(r => r.Ring.Count > 2).ToList();
        if (rings.Count == 0)
            return null;
        var all = rings.SelectMany(r => r.Ring).ToList();
        double minLon = all.Min(p => p.Lon), maxLon = all.Max(p => p.Lon), minLat = all.Min(p => p.Lat), maxLat = all.Max(p => p.Lat);
        var aspect = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = (Width - 20) / ((maxLon - minLon) * aspect);
        var height = (int)Math.Ceiling(((maxLat - minLat) * scale) + 20);

        (double X, double Y) Project((double Lon, double Lat) p) => (10 + ((p.Lon - minLon) * aspect * scale), 10 + ((maxLat - p.Lat) * scale));

        var areas = rings.Select(r =>
        {
            var sb = new StringBuilder();
            foreach (var (point, i) in r.Ring.Select((p, i) => (Project(p), i)))
                sb.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? 'M' : 'L')}{point.X:0.#},{point.Y:0.#}");
            var centre = Project((r.Ring.Average(p => p.Lon), r.Ring.Average(p => p.Lat)));
            return (r.Shape, sb.Append('Z').ToString(), centre.X, centre.Y);
        }).ToList();
        return new SvgMap(areas, height);
    }

    /// <summary>An SVG text label, encoded (Razor reserves the &lt;text&gt; tag, so pages emit it as markup).</summary>
    public static string Label(double x, double y, string name) =>
        string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" class=\"map-label\">{System.Net.WebUtility.HtmlEncode(name)}</text>");

    static List<(double Lon, double Lat)> OuterRing(string geoJson)
    {
        using var doc = JsonDocument.Parse(geoJson);
        var coordinates = doc.RootElement.GetProperty("coordinates");
        var ring = doc.RootElement.GetProperty("type").GetString() == "MultiPolygon" ? coordinates[0][0] : coordinates[0];
        return [.. ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble()))];
    }
}
