namespace Tianyuan.Farm.Agronomy;

/// <summary>
/// The building blocks of FAO Irrigation and Drainage Paper 56 (Allen et al. 1998), chapter 3, each named with
/// its equation number so the code can be read beside the paper. Units are the paper's: °C, kPa, MJ m⁻², m s⁻¹.
/// </summary>
static class Fao56
{
    /// <summary>Solar constant Gsc, MJ m⁻² min⁻¹.</summary>
    public const double SolarConstant = 0.0820;

    /// <summary>Stefan–Boltzmann constant per day, MJ K⁻⁴ m⁻² day⁻¹ (per hour: divide by 24).</summary>
    public const double StefanBoltzmannDaily = 4.903e-9;

    /// <summary>Eq 7: atmospheric pressure at elevation z (m), kPa.</summary>
    public static double AtmosphericPressure(double elevationM) => 101.3 * Math.Pow((293 - (0.0065 * elevationM)) / 293, 5.26);

    /// <summary>Eq 8: psychrometric constant γ, kPa °C⁻¹.</summary>
    public static double Psychrometric(double pressureKPa) => 0.665e-3 * pressureKPa;

    /// <summary>Eq 11: saturation vapour pressure e°(T), kPa.</summary>
    public static double SaturationVapourPressure(double tC) => 0.6108 * Math.Exp(17.27 * tC / (tC + 237.3));

    /// <summary>Eq 12: mean saturation vapour pressure from the day's extremes (not from the mean temperature).</summary>
    public static double MeanSaturationVapourPressure(double tMinC, double tMaxC) =>
        (SaturationVapourPressure(tMaxC) + SaturationVapourPressure(tMinC)) / 2;

    /// <summary>Eq 13: slope of the saturation vapour pressure curve Δ at T, kPa °C⁻¹.</summary>
    public static double SlopeOfSaturation(double tC) => 4098 * SaturationVapourPressure(tC) / Math.Pow(tC + 237.3, 2);

    /// <summary>Eq 47: wind speed at 2 m from a measurement at height z.</summary>
    public static double WindAt2m(double speedMs, double heightM) => heightM == 2 ? speedMs : speedMs * 4.87 / Math.Log((67.8 * heightM) - 5.42);

    /// <summary>Eq 23: inverse relative Earth–Sun distance.</summary>
    public static double InverseRelativeDistance(int dayOfYear) => 1 + (0.033 * Math.Cos(2 * Math.PI * dayOfYear / 365));

    /// <summary>Eq 24: solar declination δ, rad.</summary>
    public static double SolarDeclination(int dayOfYear) => 0.409 * Math.Sin((2 * Math.PI * dayOfYear / 365) - 1.39);

    /// <summary>Eq 25: sunset hour angle ωs, rad (clamped so polar day and night do not give NaN).</summary>
    public static double SunsetHourAngle(double latitudeRad, double declinationRad) =>
        Math.Acos(Math.Clamp(-Math.Tan(latitudeRad) * Math.Tan(declinationRad), -1, 1));

    /// <summary>Eq 21: extraterrestrial radiation for a day, MJ m⁻² day⁻¹.</summary>
    public static double ExtraterrestrialRadiation(double latitudeDeg, int dayOfYear)
    {
        var phi = Radians(latitudeDeg);
        var dr = InverseRelativeDistance(dayOfYear);
        var delta = SolarDeclination(dayOfYear);
        var ws = SunsetHourAngle(phi, delta);
        return 24 * 60 / Math.PI * SolarConstant * dr
               * ((ws * Math.Sin(phi) * Math.Sin(delta)) + (Math.Cos(phi) * Math.Cos(delta) * Math.Sin(ws)));
    }

    /// <summary>Eq 34: daylight hours N.</summary>
    public static double DaylightHours(double latitudeDeg, int dayOfYear) =>
        24 / Math.PI * SunsetHourAngle(Radians(latitudeDeg), SolarDeclination(dayOfYear));

    /// <summary>Eq 35 (Angstrom, as = 0.25, bs = 0.50): solar radiation from sunshine hours.</summary>
    public static double SolarRadiationFromSunshine(double sunshineHours, double daylightHours, double ra) =>
        daylightHours <= 0 ? 0 : (0.25 + (0.50 * Math.Min(sunshineHours, daylightHours) / daylightHours)) * ra; // polar night: no sun

    /// <summary>Eq 50 (Hargreaves' radiation formula): Rs from the temperature range when nothing measures it.</summary>
    public static double SolarRadiationFromTemperature(double tMinC, double tMaxC, double ra, bool coastal) =>
        (coastal ? 0.19 : 0.16) * Math.Sqrt(Math.Max(0, tMaxC - tMinC)) * ra;

    /// <summary>Eq 37: clear-sky solar radiation.</summary>
    public static double ClearSkyRadiation(double elevationM, double ra) => (0.75 + (2e-5 * elevationM)) * ra;

    /// <summary>Eq 38: net shortwave radiation for the grass reference (albedo 0.23).</summary>
    public static double NetShortwave(double rs) => (1 - 0.23) * rs;

    /// <summary>
    /// Eq 39: net outgoing longwave radiation. <paramref name="sigmaT4"/> is σT⁴ already averaged (daily) or for the
    /// hour; Rs/Rso is capped at 1.
    /// </summary>
    public static double NetLongwave(double sigmaT4, double eaKPa, double rsOverRso) =>
        sigmaT4 * (0.34 - (0.14 * Math.Sqrt(eaKPa))) * ((1.35 * Math.Min(1, rsOverRso)) - 0.35);

    /// <summary>σT⁴ with T in kelvin as FAO-56 writes it (°C + 273.16).</summary>
    public static double SigmaT4(double tC, double sigma) => sigma * Math.Pow(tC + 273.16, 4);

    public static double Radians(double degrees) => degrees * Math.PI / 180;
}
