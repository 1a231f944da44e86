namespace Tianyuan.Farm.Agronomy;

/// <summary>The FAO-56 growth stages (chapter 6, Figure 25), and the time outside a season.</summary>
enum GrowthStage
{
    NotStarted,
    Initial,
    Development,
    MidSeason,
    LateSeason,
    Ended,
}

/// <summary>Where a planting stands on one day: day of season (1 = sowing, transplanting or bud break), stage, Kc and root depth.</summary>
sealed record CropDay(int DayOfSeason, GrowthStage Stage, double Kc, double RootDepthM)
{
    /// <summary>Only a crop in its season has a Kc and root zone to advise from; before and after, the plot is bare or dormant.</summary>
    public bool InSeason => Stage is not (GrowthStage.NotStarted or GrowthStage.Ended);
}

static class CropCalendar
{
    /// <summary>
    /// Root depth of an annual at sowing. FAO-56 chapter 8 takes the initial root zone as 0.15–0.20 m and lets it grow
    /// to the maximum by full cover; we grow it linearly through the development stage.
    /// </summary>
    public const double InitialRootDepthM = 0.2;

    public static CropDay On(Crop crop, DateOnly startedOn, DateOnly day)
    {
        var n = day.DayNumber - startedOn.DayNumber + 1;
        var curve = crop.Curve;
        if (n < 1 || n > curve.SeasonDays)
            return new CropDay(n, n < 1 ? GrowthStage.NotStarted : GrowthStage.Ended, 0, 0);
        var endIni = curve.InitialDays;
        var endDev = endIni + curve.DevelopmentDays;
        var endMid = endDev + curve.MidDays;
        var stage = n <= endIni ? GrowthStage.Initial : n <= endDev ? GrowthStage.Development : n <= endMid ? GrowthStage.MidSeason : GrowthStage.LateSeason;
        var start = Math.Min(InitialRootDepthM, crop.MaxRootDepthM);
        var grown = Math.Clamp((double)(n - endIni) / curve.DevelopmentDays, 0, 1);
        var root = crop.Perennial ? crop.MaxRootDepthM : start + (grown * (crop.MaxRootDepthM - start));
        return new CropDay(n, stage, CropCoefficient.OnDay(curve, n), root);
    }
}
