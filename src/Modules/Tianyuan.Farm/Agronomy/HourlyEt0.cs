namespace Tianyuan.Farm.Agronomy;

using static Tianyuan.Farm.Agronomy.Fao56;

/// <summary>
/// One hour's weather. <see cref="Hour"/> is the hour that starts at H:00 local standard time (its mid-point H+0.5
/// is FAO's t). Longitudes are degrees east (west negative): the place and the centre of its time zone (120 for China).
/// </summary>
sealed record HourlyWeather(
    DateOnly Date,
    int Hour,
    double LatitudeDeg,
    double LongitudeDeg,
    double TzMeridianDeg,
    double ElevationM,
    double TC,
    double RhPct,
    double WindSpeedMs,
    double WindHeightM,
    double SolarRadiationMJ,
    double? RsRsoBeforeSunset = null);

sealed record HourlyEt0Result(
    double Et0MmPerHour,
    double DeltaKPaPerC,
    double GammaKPaPerC,
    double SaturationVapourPressureKPa,
    double ActualVapourPressureKPa,
    double SolarTimeAngleRad,
    double ExtraterrestrialRadiationMJ,
    double ClearSkyRadiationMJ,
    double RsOverRso,
    double NetLongwaveMJ,
    double NetRadiationMJ,
    double SoilHeatFluxMJ,
    bool Daytime,
    IReadOnlyList<string> Fallbacks);

/// <summary>FAO-56 Eq 53, the hourly Penman–Monteith, with Eqs 28–33 for the hour's extraterrestrial radiation.</summary>
static class HourlyEt0
{
    /// <summary>Rs/Rso at night when the evening's value is not known (FAO-56 p. 75 uses 0.8 in Example 19).</summary>
    public const double DefaultNightRsRso = 0.8;

    public static HourlyEt0Result Calculate(HourlyWeather w)
    {
        var fallbacks = new List<string>();
        var j = w.Date.DayOfYear;
        var phi = Radians(w.LatitudeDeg);
        var dr = InverseRelativeDistance(j);
        var delta = SolarDeclination(j);
        var ws = SunsetHourAngle(phi, delta);

        // Eqs 31–33: the solar time angle at the middle of the hour. FAO writes longitudes in degrees west,
        // so its (Lz − Lm) is (place − zone meridian) in degrees east.
        var b = 2 * Math.PI * (j - 81) / 364;
        var sc = (0.1645 * Math.Sin(2 * b)) - (0.1255 * Math.Cos(b)) - (0.025 * Math.Sin(b));
        var t = w.Hour + 0.5;
        var omega = Math.PI / 12 * (t + ((w.LongitudeDeg - w.TzMeridianDeg) / 15) + sc - 12);
        var daytime = omega >= -ws && omega <= ws;
        double ra = 0;
        if (daytime)
        {
            // Eqs 29–30, the hour's ends clamped to sunrise and sunset for the hours that straddle them.
            var w1 = Math.Max(-ws, omega - (Math.PI / 24));
            var w2 = Math.Min(ws, omega + (Math.PI / 24));
            ra = 12 * 60 / Math.PI * SolarConstant * dr
                 * (((w2 - w1) * Math.Sin(phi) * Math.Sin(delta)) + (Math.Cos(phi) * Math.Cos(delta) * (Math.Sin(w2) - Math.Sin(w1))));
            ra = Math.Max(0, ra);
        }

        var rso = ClearSkyRadiation(w.ElevationM, ra);
        double rsRso;
        if (rso > 0)
        {
            rsRso = Math.Min(1, w.SolarRadiationMJ / rso);
        }
        else
        {
            rsRso = w.RsRsoBeforeSunset ?? DefaultNightRsRso;
            if (w.RsRsoBeforeSunset is null)
                fallbacks.Add($"night: Rs/Rso of the hours before sunset not given; {DefaultNightRsRso} assumed (FAO-56 p. 75)");
        }

        var pressure = AtmosphericPressure(w.ElevationM);
        var gamma = Psychrometric(pressure);
        var slope = SlopeOfSaturation(w.TC);
        var es = SaturationVapourPressure(w.TC);
        var ea = es * w.RhPct / 100; // Eq 54
        var u2 = WindAt2m(w.WindSpeedMs, w.WindHeightM);

        var rns = NetShortwave(w.SolarRadiationMJ);
        var rnl = NetLongwave(SigmaT4(w.TC, StefanBoltzmannDaily / 24), ea, rsRso);
        var rn = rns - rnl;
        var g = rn * (daytime && ra > 0 ? 0.1 : 0.5); // Eqs 45–46

        var denominator = slope + (gamma * (1 + (0.34 * u2)));
        var et0 = ((0.408 * slope * (rn - g)) + (gamma * (37 / (w.TC + 273)) * u2 * (es - ea))) / denominator;
        return new HourlyEt0Result(Math.Max(0, et0), slope, gamma, es, ea, omega, ra, rso, rsRso, rnl, rn, g, daytime && ra > 0, fallbacks);
    }
}
