namespace Tianyuan.Farm.Agronomy;

using static Tianyuan.Farm.Agronomy.Fao56;

/// <summary>One day's weather at a place. Everything beyond the temperatures may be missing (FAO-56 chapter 3, "missing data").</summary>
sealed record DailyWeather(
    DateOnly Date,
    double LatitudeDeg,
    double ElevationM,
    double TMinC,
    double TMaxC,
    double? RhMinPct = null,
    double? RhMaxPct = null,
    double? RhMeanPct = null,
    double? TDewC = null,
    double? ActualVapourPressureKPa = null,
    double? WindSpeedMs = null,
    double WindHeightM = 2,
    double? SunshineHours = null,
    double? SolarRadiationMJ = null,
    double SoilHeatFluxMJ = 0,
    bool Coastal = false);

/// <summary>The daily reference evapotranspiration with the intermediates FAO-56 prints, and the fallbacks used.</summary>
sealed record DailyEt0Result(
    double Et0MmPerDay,
    double TMeanC,
    double PressureKPa,
    double GammaKPaPerC,
    double DeltaKPaPerC,
    double SaturationVapourPressureKPa,
    double ActualVapourPressureKPa,
    double WindSpeed2mMs,
    double ExtraterrestrialRadiationMJ,
    double DaylightHours,
    double SolarRadiationMJ,
    double ClearSkyRadiationMJ,
    double NetShortwaveMJ,
    double NetLongwaveMJ,
    double NetRadiationMJ,
    double SoilHeatFluxMJ,
    double RadiationTermMm,
    double AerodynamicTermMm,
    IReadOnlyList<string> Fallbacks);

/// <summary>FAO-56 Penman–Monteith for a day (Eq 6), with the paper's fallbacks for missing humidity, wind and radiation.</summary>
static class DailyEt0
{
    public static DailyEt0Result Calculate(DailyWeather w)
    {
        var fallbacks = new List<string>();
        var j = w.Date.DayOfYear;
        var tMean = (w.TMaxC + w.TMinC) / 2;
        var pressure = AtmosphericPressure(w.ElevationM);
        var gamma = Psychrometric(pressure);
        var delta = SlopeOfSaturation(tMean);
        var es = MeanSaturationVapourPressure(w.TMinC, w.TMaxC);
        var ea = ActualVapourPressure(w, es, fallbacks);

        double u2;
        if (w.WindSpeedMs is { } uz)
        {
            u2 = WindAt2m(uz, w.WindHeightM);
        }
        else
        {
            u2 = 2;
            fallbacks.Add("wind: no measurement; u2 = 2 m/s (FAO-56 Table 15, general global conditions)");
        }

        var ra = ExtraterrestrialRadiation(w.LatitudeDeg, j);
        var n = DaylightHours(w.LatitudeDeg, j);
        var rso = ClearSkyRadiation(w.ElevationM, ra);
        double rs;
        if (w.SolarRadiationMJ is { } measured)
        {
            rs = measured;
        }
        else if (w.SunshineHours is { } sunshine)
        {
            rs = SolarRadiationFromSunshine(sunshine, n, ra);
        }
        else
        {
            rs = Math.Min(rso, SolarRadiationFromTemperature(w.TMinC, w.TMaxC, ra, w.Coastal));
            fallbacks.Add($"radiation: no measurement or sunshine hours; Rs from the temperature range (Eq 50, kRs = {(w.Coastal ? 0.19 : 0.16)})");
        }

        var rns = NetShortwave(rs);
        var sigmaT4 = (SigmaT4(w.TMaxC, StefanBoltzmannDaily) + SigmaT4(w.TMinC, StefanBoltzmannDaily)) / 2;
        var rnl = NetLongwave(sigmaT4, ea, rso > 0 ? rs / rso : 0);
        var rn = rns - rnl;
        var g = w.SoilHeatFluxMJ;

        var denominator = delta + (gamma * (1 + (0.34 * u2)));
        var radiationTerm = 0.408 * delta * (rn - g) / denominator;
        var aerodynamicTerm = gamma * (900 / (tMean + 273)) * u2 * (es - ea) / denominator;
        return new DailyEt0Result(Math.Max(0, radiationTerm + aerodynamicTerm), tMean, pressure, gamma, delta, es, ea, u2, ra, n, rs, rso,
            rns, rnl, rn, g, radiationTerm, aerodynamicTerm, fallbacks);
    }

    /// <summary>Eq 52: Hargreaves' ET0 from temperatures alone, the paper's cross-check when data are scarce.</summary>
    public static double Hargreaves(double tMinC, double tMaxC, double latitudeDeg, DateOnly date) =>
        0.0023 * (((tMaxC + tMinC) / 2) + 17.8) * Math.Sqrt(Math.Max(0, tMaxC - tMinC)) * 0.408 * ExtraterrestrialRadiation(latitudeDeg, date.DayOfYear);

    /// <summary>ea in the paper's order of preference: measured, dew point (Eq 14), RH max+min (17), RH max (18), RH mean (19), Tmin (48).</summary>
    static double ActualVapourPressure(DailyWeather w, double es, List<string> fallbacks)
    {
        if (w.ActualVapourPressureKPa is { } given)
            return given;
        if (w.TDewC is { } dew)
            return SaturationVapourPressure(dew);
        if (w.RhMaxPct is { } rhMax && w.RhMinPct is { } rhMin)
            return ((SaturationVapourPressure(w.TMinC) * rhMax / 100) + (SaturationVapourPressure(w.TMaxC) * rhMin / 100)) / 2;
        if (w.RhMaxPct is { } rhMaxOnly)
            return SaturationVapourPressure(w.TMinC) * rhMaxOnly / 100;
        if (w.RhMeanPct is { } rhMean)
            return es * rhMean / 100;
        fallbacks.Add("humidity: no measurement; dew point taken as Tmin (Eq 48)");
        return SaturationVapourPressure(w.TMinC);
    }
}
