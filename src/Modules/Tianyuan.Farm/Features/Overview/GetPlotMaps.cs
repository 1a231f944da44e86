namespace Tianyuan.Farm.Features.Overview;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;

/// <summary>
/// The map of each farm on the 我的农场 page: the plots' drawn outlines fitted into one SVG per farm, and the plots
/// that have no outline yet (they are named under the map, not drawn as a made-up square). Tuples, not records: the
/// map component takes them as a parameter, and module types stay internal.
/// </summary>
static class GetPlotMaps
{
    /// <param name="farmIds">Farms the caller may see (the overview already checked).</param>
    public static async Task<Dictionary<Guid, (double Height, IReadOnlyList<(Guid PlotId, string Path, double X, double Y)> Shapes, IReadOnlyList<Guid> Undrawn)>> ExecuteAsync(IReadOnlyCollection<Guid> farmIds, FarmDb db, CancellationToken ct)
    {
        var plots = await db.Plots.AsNoTracking().Where(p => farmIds.Contains(p.FarmId))
            .Select(p => new { p.Id, p.FarmId, p.BoundaryGeoJson }).ToListAsync(ct);
        return plots.GroupBy(p => p.FarmId).ToDictionary(farm => farm.Key, farm =>
        {
            var outlines = farm.Select(p => (p.Id, PlotOutline.Rings(p.BoundaryGeoJson))).ToList();
            var (height, shapes) = PlotMapLayout.Fit(outlines);
            return (height, (IReadOnlyList<(Guid, string, double, double)>)[.. shapes.Select(s => (s.PlotId, s.Path, s.LabelX, s.LabelY))],
                (IReadOnlyList<Guid>)[.. outlines.Where(o => o.Item2.Count == 0).Select(o => o.Id)]);
        });
    }
}
