namespace Tianyuan.Farm.Agronomy;

/// <summary>
/// What to tell the farmer about one plot today: irrigate now (how many mm and m³ bring the root zone back to field
/// capacity), or in how many days the readily available water runs out at today's crop water use (Kc × ET0). The Kc and
/// root depth it was worked out with are part of the answer, so the farmer can see whether the crop's were used.
/// </summary>
sealed record IrrigationAdvice(double DepletionMm, double ReadilyAvailableMm, double TotalAvailableMm, bool IrrigateNow, double IrrigationMm,
    double VolumeM3, double? DaysUntilRefill, double Kc, double RootDepthM);

/// <summary>
/// FAO-56 chapter 8 with the sensor as the truth: the measured soil moisture gives today's root-zone depletion
/// directly (Dr = 1000 (θFC − θ) Zr), instead of a balance run forward from an assumed start, which drifts.
/// Irrigation is due once depletion reaches RAW (Eq 83) and refills to field capacity (net depth; application
/// losses are the irrigator's to add).
/// </summary>
static class Irrigation
{
    /// <summary>Rooting depth for a plot without a planting in season (FAO-56 Table 22 gives 0.3–0.6 m for most vegetables).</summary>
    public const double DefaultRootDepthM = 0.4;

    /// <summary>FAO-56 Table 22's typical depletion fraction, for a plot without a planting in season.</summary>
    public const double DefaultDepletionFraction = 0.5;

    /// <summary>Crop coefficient for a plot without a planting in season: crop water use taken as ET0 (a full grass-like cover).</summary>
    public const double DefaultKc = 1.0;

    public static IrrigationAdvice Advise(RootZone zone, double soilMoisture, double areaM2, double? et0MmPerDay, double kc)
    {
        var cropWaterUseMmPerDay = et0MmPerDay * kc;
        var depletion = Math.Clamp(1000 * (zone.FieldCapacity - soilMoisture) * zone.RootDepthM, 0, zone.TotalAvailableWaterMm);
        var raw = zone.ReadilyAvailableWaterMm;
        var now = depletion >= raw;
        double? days = now || cropWaterUseMmPerDay is not > 0 ? null : (raw - depletion) / cropWaterUseMmPerDay.Value;
        var mm = now ? depletion : 0;
        return new IrrigationAdvice(Math.Round(depletion, 1), Math.Round(raw, 1), Math.Round(zone.TotalAvailableWaterMm, 1), now, Math.Round(mm, 1),
            Math.Round(mm * areaM2 / 1000, 1), days is null ? null : Math.Round(days.Value, 1), Math.Round(kc, 2), Math.Round(zone.RootDepthM, 2));
    }
}
