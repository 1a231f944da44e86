namespace Tianyuan.Farm.Agronomy;

/// <summary>A crop's FAO-56 Kc curve: stage lengths (days) and the three Table 12 coefficients.</summary>
sealed record CropCurve(int InitialDays, int DevelopmentDays, int MidDays, int LateDays, double KcIni, double KcMid, double KcEnd)
{
    public int SeasonDays => InitialDays + DevelopmentDays + MidDays + LateDays;
}

/// <summary>FAO-56 chapter 6: the single crop coefficient through the season and its climate adjustment.</summary>
static class CropCoefficient
{
    /// <summary>
    /// Eq 62: Kc mid (or Kc end ≥ 0.45, Eq 65) adjusted for wind, dryness and crop height; inputs are clamped to the
    /// equation's range (1 ≤ u2 ≤ 6 m/s, 20 ≤ RHmin ≤ 80 %, 0.1 ≤ h ≤ 10 m).
    /// </summary>
    public static double AdjustForClimate(double kcTable, double windSpeed2mMs, double rhMinPct, double cropHeightM) =>
        kcTable + (((0.04 * (Math.Clamp(windSpeed2mMs, 1, 6) - 2)) - (0.004 * (Math.Clamp(rhMinPct, 20, 80) - 45)))
                   * Math.Pow(Math.Clamp(cropHeightM, 0.1, 10) / 3, 0.3));

    /// <summary>Eq 66: Kc on day <paramref name="day"/> of the season (1 = sowing day), linear within stages 2 and 4.</summary>
    public static double OnDay(CropCurve crop, int day)
    {
        var endIni = crop.InitialDays;
        var endDev = endIni + crop.DevelopmentDays;
        var endMid = endDev + crop.MidDays;
        if (day <= endIni)
            return crop.KcIni;
        if (day <= endDev)
            return crop.KcIni + ((double)(day - endIni) / crop.DevelopmentDays * (crop.KcMid - crop.KcIni));
        if (day <= endMid)
            return crop.KcMid;
        var late = Math.Min(day, crop.SeasonDays) - endMid;
        return crop.KcMid + ((double)late / crop.LateDays * (crop.KcEnd - crop.KcMid));
    }
}
