namespace Tianyuan.Farm.Agronomy;

/// <summary>A plot's root zone: soil water at field capacity and wilting point (m³/m³), rooting depth, and depletion fraction p.</summary>
sealed record RootZone(double FieldCapacity, double WiltingPoint, double RootDepthM, double DepletionFraction)
{
    /// <summary>Eq 82: total available water, mm.</summary>
    public double TotalAvailableWaterMm => 1000 * (FieldCapacity - WiltingPoint) * RootDepthM;

    /// <summary>Eq 83: readily available water, mm: below this depletion the crop is not stressed.</summary>
    public double ReadilyAvailableWaterMm => DepletionFraction * TotalAvailableWaterMm;

    /// <summary>p adjusted for the day's ETc (FAO-56 p. 162): p = p(Table 22) + 0.04 (5 − ETc), within 0.1–0.8.</summary>
    public static double AdjustDepletionFraction(double pTable, double etcMmPerDay) => Math.Clamp(pTable + (0.04 * (5 - etcMmPerDay)), 0.1, 0.8);
}

/// <summary>One day of the root-zone water balance.</summary>
sealed record WaterBalanceDay(double DepletionStartMm, double StressCoefficient, double EtcAdjustedMm, double DeepPercolationMm, double DepletionEndMm);

/// <summary>FAO-56 chapter 8: the daily root-zone depletion (Eqs 84–88) that irrigation advice is built on.</summary>
static class SoilWaterBalance
{
    /// <summary>Eq 84: Ks, the water stress coefficient.</summary>
    public static double StressCoefficient(RootZone zone, double depletionMm)
    {
        var taw = zone.TotalAvailableWaterMm;
        return depletionMm <= zone.ReadilyAvailableWaterMm ? 1 : Math.Max(0, (taw - depletionMm) / ((1 - zone.DepletionFraction) * taw));
    }

    /// <summary>
    /// Eqs 85–88 for one day: rain (after runoff) and irrigation refill the root zone, adjusted crop ET empties it;
    /// water beyond field capacity percolates below the roots. Capillary rise is taken as zero (water table deep).
    /// </summary>
    public static WaterBalanceDay Step(RootZone zone, double depletionStartMm, double et0Mm, double kc, double effectiveRainMm = 0, double irrigationMm = 0)
    {
        var ks = StressCoefficient(zone, depletionStartMm);
        var etc = ks * kc * et0Mm;
        var deepPercolation = Math.Max(0, effectiveRainMm + irrigationMm - etc - depletionStartMm);
        var end = Math.Clamp(depletionStartMm - effectiveRainMm - irrigationMm + etc + deepPercolation, 0, zone.TotalAvailableWaterMm);
        return new WaterBalanceDay(depletionStartMm, ks, etc, deepPercolation, end);
    }
}
