namespace Tianyuan.Regions.Demo;

using System.Globalization;
using System.Text;

/// <summary>
/// Just enough plane geometry to draw a believable map offline: a county outline, and townships and villages
/// as Voronoi cells of their centres clipped to their parent, so the pieces tile without overlapping.
/// Degrees are treated as a plane; at county scale (~50 km) the distortion does not matter for a demo.
/// </summary>
static class Geometry
{
    public readonly record struct Point(double Lon, double Lat);

    public static List<Point> RoughCircle(Point centre, double radius, int vertices, Random rng)
    {
        var points = new List<Point>(vertices);
        for (var i = 0; i < vertices; i++)
        {
            var angle = 2 * Math.PI * i / vertices;
            var r = radius * (0.9 + (0.15 * rng.NextDouble()));
            points.Add(new Point(centre.Lon + (r * Math.Cos(angle)), centre.Lat + (r * Math.Sin(angle))));
        }

        return points;
    }

    /// <summary>The part of <paramref name="area"/> closer to <paramref name="site"/> than to any other site.</summary>
    public static List<Point> VoronoiCell(List<Point> area, Point site, IEnumerable<Point> others)
    {
        var cell = area;
        foreach (var other in others)
        {
            // Keep points p with (p - mid) · (other - site) <= 0, i.e. on the site's side of the bisector.
            var mid = new Point((site.Lon + other.Lon) / 2, (site.Lat + other.Lat) / 2);
            var normal = new Point(other.Lon - site.Lon, other.Lat - site.Lat);
            cell = ClipHalfPlane(cell, p => ((p.Lon - mid.Lon) * normal.Lon) + ((p.Lat - mid.Lat) * normal.Lat));
        }

        return cell;
    }

    /// <summary>Sutherland–Hodgman against one half-plane given by a signed distance (inside where ≤ 0).</summary>
    static List<Point> ClipHalfPlane(List<Point> polygon, Func<Point, double> side)
    {
        var result = new List<Point>();
        for (var i = 0; i < polygon.Count; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Count];
            double sa = side(a), sb = side(b);
            if (sa <= 0)
                result.Add(a);
            if ((sa <= 0) != (sb <= 0))
            {
                var t = sa / (sa - sb);
                result.Add(new Point(a.Lon + (t * (b.Lon - a.Lon)), a.Lat + (t * (b.Lat - a.Lat))));
            }
        }

        return result;
    }

    public static bool Contains(List<Point> polygon, Point p)
    {
        var inside = false;
        for (int i = 0, j = polygon.Count - 1; i < polygon.Count; j = i++)
        {
            if ((polygon[i].Lat > p.Lat) != (polygon[j].Lat > p.Lat)
                && p.Lon < ((polygon[j].Lon - polygon[i].Lon) * (p.Lat - polygon[i].Lat) / (polygon[j].Lat - polygon[i].Lat)) + polygon[i].Lon)
                inside = !inside;
        }

        return inside;
    }

    public static Point Centroid(List<Point> polygon) =>
        new(polygon.Average(p => p.Lon), polygon.Average(p => p.Lat));

    /// <summary>A GeoJSON Polygon geometry (closed ring, 5 decimals ≈ 1 m).</summary>
    public static string ToGeoJson(List<Point> polygon)
    {
        var sb = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        foreach (var p in polygon.Append(polygon[0]))
            sb.Append(CultureInfo.InvariantCulture, $"[{p.Lon:0.#####},{p.Lat:0.#####}],");
        sb.Length--;
        return sb.Append("]]}").ToString();
    }
}
