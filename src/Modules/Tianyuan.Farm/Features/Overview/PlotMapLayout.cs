namespace Tianyuan.Farm.Features.Overview;

using System.Globalization;
using System.Text;

/// <summary>
/// Fits a farm's plot outlines into an SVG drawing: an equirectangular projection with east–west distances shrunk by
/// cos(latitude), so a square field looks square at our latitudes (the error across one farm is far below a pixel),
/// scaled to a fixed width with a margin, north up. Gives one SVG path and a label point per plot.
/// </summary>
static class PlotMapLayout
{
    public const double Width = 640;
    const double Margin = 24;

    public sealed record Shape(Guid PlotId, string Path, double LabelX, double LabelY);

    /// <summary>The drawing's height and each outlined plot's shape; plots without an outline are left out.</summary>
    public static (double Height, IReadOnlyList<Shape> Shapes) Fit(IEnumerable<(Guid PlotId, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings)> plots)
    {
        var outlined = plots.Where(p => p.Rings.Count > 0).ToList();
        var corners = outlined.SelectMany(p => p.Rings).SelectMany(r => r).ToList();
        if (corners.Count == 0)
            return (0, []);
        var (west, east) = (corners.Min(c => c.Lon), corners.Max(c => c.Lon));
        var (south, north) = (corners.Min(c => c.Lat), corners.Max(c => c.Lat));
        var shrink = Math.Cos((south + north) / 2 * Math.PI / 180);
        // A farm narrower than it is tall still gets the full width; a single thin strip is kept from going flat.
        var spanX = Math.Max((east - west) * shrink, 1e-7);
        var spanY = Math.Max(north - south, 1e-7);
        var scale = Math.Min((Width - (2 * Margin)) / spanX, (Width - (2 * Margin)) / spanY);
        var offsetX = (Width - (spanX * scale)) / 2;
        var height = Math.Round((spanY * scale) + (2 * Margin));

        (double X, double Y) Project((double Lon, double Lat) c) =>
            (offsetX + ((c.Lon - west) * shrink * scale), Margin + ((north - c.Lat) * scale));

        var shapes = outlined.Select(plot =>
        {
            var path = new StringBuilder();
            var points = new List<(double X, double Y)>();
            foreach (var ring in plot.Rings)
            {
                for (var i = 0; i < ring.Count; i++)
                {
                    var (x, y) = Project(ring[i]);
                    points.Add((x, y));
                    path.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? 'M' : 'L')}{x:0.#},{y:0.#}");
                }

                path.Append('Z');
            }

            // The centre of the corners' bounding box: inside every convex field, and good enough for the L-shaped ones.
            return new Shape(plot.PlotId, path.ToString(), Math.Round((points.Min(p => p.X) + points.Max(p => p.X)) / 2, 1),
                Math.Round((points.Min(p => p.Y) + points.Max(p => p.Y)) / 2, 1));
        }).ToList();
        return (height, shapes);
    }

    /// <summary>
    /// How wet the root zone is, for the map's colour: "dry" when the plot needs water (the irrigation advice's verdict,
    /// the same as the card's 偏干), "wet" above field capacity (the soil drains), otherwise "ok"; "none" without a
    /// current reading.
    /// </summary>
    public static string MoistureBand(double? moisturePct, bool? needsWater, double fieldCapacityPct) => moisturePct switch
    {
        null => "none",
        _ when needsWater == true => "dry",
        { } m when m > fieldCapacityPct => "wet",
        _ => "ok",
    };
}
