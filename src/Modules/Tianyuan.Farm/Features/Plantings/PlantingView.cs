namespace Tianyuan.Farm.Features.Plantings;

using Tianyuan.Farm.Domain;

/// <summary>A planting with where it stands today: the answer of the planting endpoints and part of the overview.</summary>
sealed record PlantingView(Guid Id, Guid PlotId, string Crop, string CropName, string? Variety, DateOnly StartedOn, string Stage, int DayOfSeason,
    double? Kc, double? RootDepthM)
{
    public static PlantingView Of(Planting p, DateOnly today, bool english)
    {
        var crop = Crops.Find(p.Crop)!;
        var day = CropCalendar.On(crop, p.StartedOn, today);
        return new PlantingView(p.Id, p.PlotId, p.Crop, english ? crop.NameEn : crop.NameZh, p.Variety, p.StartedOn, StageKey(day.Stage), day.DayOfSeason,
            day.InSeason ? Math.Round(day.Kc, 2) : null, day.InSeason ? Math.Round(day.RootDepthM, 2) : null);
    }

    /// <summary>The stage as the API spells it: initial, development, mid-season, late-season, not-started, ended.</summary>
    public static string StageKey(GrowthStage stage) => stage switch
    {
        GrowthStage.NotStarted => "not-started",
        GrowthStage.MidSeason => "mid-season",
        GrowthStage.LateSeason => "late-season",
        _ => stage.ToString().ToLowerInvariant(),
    };

    /// <summary>The plot's planting for today: the latest one started on or before today (a new sowing replaces the last).</summary>
    public static Planting? Current(IEnumerable<Planting> plotPlantings, DateOnly today) =>
        plotPlantings.Where(p => p.StartedOn <= today).MaxBy(p => (p.StartedOn, p.RecordedAt));
}
