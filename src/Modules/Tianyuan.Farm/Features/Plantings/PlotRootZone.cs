namespace Tianyuan.Farm.Features.Plantings;

using Tianyuan.Farm.Domain;

/// <summary>
/// A plot's root zone and Kc today, the same for the overview's advice and the sweep's soil-dry alert: the planting's
/// root depth, p and Kc while it is in season; otherwise the defaults (0.4 m, p = 0.5, Kc 1.0).
/// </summary>
static class PlotRootZone
{
    public static (RootZone Zone, double Kc) For(Plot plot, Planting? planting, DateOnly today)
    {
        var crop = planting is null ? null : Crops.Find(planting.Crop);
        var season = crop is null ? null : CropCalendar.On(crop, planting!.StartedOn, today);
        return season is { InSeason: true }
            ? (new RootZone(plot.FieldCapacity, plot.WiltingPoint, season.RootDepthM, crop!.DepletionFraction), season.Kc)
            : (new RootZone(plot.FieldCapacity, plot.WiltingPoint, Irrigation.DefaultRootDepthM, Irrigation.DefaultDepletionFraction), Irrigation.DefaultKc);
    }

    /// <summary>The refill point in %VWC: soil water at which the readily available water (FAO-56 Eq 83) is used up.</summary>
    public static double RefillPointPct(RootZone zone) => (zone.FieldCapacity - (zone.DepletionFraction * (zone.FieldCapacity - zone.WiltingPoint))) * 100;
}
