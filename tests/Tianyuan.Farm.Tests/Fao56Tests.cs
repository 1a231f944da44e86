namespace Tianyuan.Farm.Tests;

using Tianyuan.Farm.Agronomy;

/// <summary>
/// FAO-56's worked examples (Allen et al. 1998), as collected with their sources in
/// ../shared/benchmarks/agri/fao56_examples.md. Final ET0 to ±0.01 mm where a recomputed value exists.
/// </summary>
public class Fao56Tests
{
    [Fact]
    public void Chapter_3_single_steps_match_the_printed_values()
    {
        // Ex 2: P and γ at 1800 m.
        Assert.Equal(81.8, Fao56.AtmosphericPressure(1800), 1);
        Assert.Equal(0.054, Fao56.Psychrometric(Fao56.AtmosphericPressure(1800)), 3);
        // Ex 3: e°(24.5), e°(15), es.
        Assert.Equal(3.075, Fao56.SaturationVapourPressure(24.5), 3);
        Assert.Equal(1.705, Fao56.SaturationVapourPressure(15), 3);
        Assert.Equal(2.39, Fao56.MeanSaturationVapourPressure(15, 24.5), 2);
        // Ex 8 and 9: 20°S on 3 September.
        Assert.Equal(32.2, Fao56.ExtraterrestrialRadiation(-20, 246), 1);
        Assert.Equal(11.7, Fao56.DaylightHours(-20, 246), 1);
        // Ex 10: Rio de Janeiro, 15 May, 220 h of sun in May.
        var ra = Fao56.ExtraterrestrialRadiation(-22.9, 135);
        Assert.Equal(25.1, ra, 1);
        Assert.Equal(14.5, Fao56.SolarRadiationFromSunshine(220.0 / 31, Fao56.DaylightHours(-22.9, 135), ra), 1);
        // Ex 14: wind at 10 m.
        Assert.Equal(2.4, Fao56.WindAt2m(3.2, 10), 1);
        // Ex 15: Lyon, July, inland.
        Assert.Equal(22.3, Fao56.SolarRadiationFromTemperature(14.8, 26.6, 40.6, coastal: false), 1);
    }

    [Fact]
    public void Example_17_Bangkok_April_monthly_gives_5_72_mm_per_day()
    {
        var r = DailyEt0.Calculate(new DailyWeather(new DateOnly(2026, 4, 15), 13.73, 2, 25.6, 34.8,
            ActualVapourPressureKPa: 2.85, WindSpeedMs: 2, SunshineHours: 8.5, SoilHeatFluxMJ: 0.14));
        Assert.Equal(105, new DateOnly(2026, 4, 15).DayOfYear);
        Assert.Equal(0.246, r.DeltaKPaPerC, 3);
        Assert.Equal(4.42, r.SaturationVapourPressureKPa, 2);
        Assert.Equal(38.06, r.ExtraterrestrialRadiationMJ, 2);
        Assert.Equal(12.31, r.DaylightHours, 2);
        Assert.Equal(22.65, r.SolarRadiationMJ, 2);
        Assert.Equal(28.54, r.ClearSkyRadiationMJ, 1);
        Assert.Equal(3.11, r.NetLongwaveMJ, 2);
        Assert.Equal(14.33, r.NetRadiationMJ, 2);
        Assert.InRange(r.Et0MmPerDay, 5.71, 5.73);
        Assert.Empty(r.Fallbacks);
    }

    [Fact]
    public void Example_18_Uccle_6_July_daily_gives_3_88_mm_per_day()
    {
        var r = DailyEt0.Calculate(new DailyWeather(new DateOnly(2026, 7, 6), 50.80, 100, 12.3, 21.5,
            RhMinPct: 63, RhMaxPct: 84, WindSpeedMs: 10 / 3.6, WindHeightM: 10, SunshineHours: 9.25));
        Assert.Equal(187, new DateOnly(2026, 7, 6).DayOfYear);
        Assert.Equal(2.078, r.WindSpeed2mMs, 3);
        Assert.Equal(1.409, r.ActualVapourPressureKPa, 3);
        Assert.Equal(41.09, r.ExtraterrestrialRadiationMJ, 2);
        Assert.Equal(16.1, r.DaylightHours, 1);
        Assert.Equal(22.07, r.SolarRadiationMJ, 2);
        Assert.Equal(3.71, r.NetLongwaveMJ, 2);
        Assert.Equal(13.28, r.NetRadiationMJ, 2);
        Assert.Equal(2.81, r.RadiationTermMm, 2);
        Assert.Equal(1.07, r.AerodynamicTermMm, 2);
        Assert.InRange(r.Et0MmPerDay, 3.87, 3.89);
    }

    [Fact]
    public void Example_20_Lyon_July_with_only_temperatures_gives_4_56_mm_per_day_and_says_what_it_assumed()
    {
        var weather = new DailyWeather(new DateOnly(2026, 7, 15), 45.72, 200, 14.8, 26.6);
        var r = DailyEt0.Calculate(weather);
        Assert.Equal(196, weather.Date.DayOfYear);
        Assert.Equal(1.68, r.ActualVapourPressureKPa, 2);
        Assert.Equal(40.55, r.ExtraterrestrialRadiationMJ, 2);
        Assert.Equal(22.29, r.SolarRadiationMJ, 2);
        Assert.Equal(3.68, r.NetLongwaveMJ, 2);
        Assert.InRange(r.Et0MmPerDay, 4.55, 4.57);
        Assert.Equal(3, r.Fallbacks.Count);
        Assert.Contains(r.Fallbacks, f => f.Contains("Eq 48", StringComparison.Ordinal));
        Assert.Contains(r.Fallbacks, f => f.Contains("Eq 50", StringComparison.Ordinal));
        Assert.Contains(r.Fallbacks, f => f.Contains("2 m/s", StringComparison.Ordinal));

        // The paper's sensitivity to the assumed wind, and Hargreaves for the same data.
        Assert.Equal(4.2, DailyEt0.Calculate(weather with { WindSpeedMs = 1 }).Et0MmPerDay, 1);
        Assert.Equal(4.8, DailyEt0.Calculate(weather with { WindSpeedMs = 3 }).Et0MmPerDay, 1);
        Assert.Equal(5.0, DailyEt0.Hargreaves(14.8, 26.6, 45.72, weather.Date), 1);
    }

    [Fact]
    public void Example_19_NDiaye_hourly_gives_0_63_by_day_and_0_00_by_night()
    {
        // 16°13'N 16°15'W, 8 m, 1 October; the time zone's meridian is 15°W. Degrees east, so west is negative.
        var day = HourlyEt0.Calculate(new HourlyWeather(new DateOnly(2026, 10, 1), 14, 16 + (13.0 / 60), -16.25, -15, 8,
            38, 52, 3.3, 2, 2.450));
        Assert.Equal(274, new DateOnly(2026, 10, 1).DayOfYear);
        Assert.Equal(0.682, day.SolarTimeAngleRad, 3);
        Assert.Equal(3.543, day.ExtraterrestrialRadiationMJ, 2);
        Assert.Equal(2.658, day.ClearSkyRadiationMJ, 2);
        Assert.Equal(0.137, day.NetLongwaveMJ, 3);
        Assert.Equal(1.749, day.NetRadiationMJ, 3);
        Assert.Equal(0.175, day.SoilHeatFluxMJ, 3);
        Assert.InRange(day.Et0MmPerHour, 0.62, 0.64);
        Assert.True(day.Daytime);

        var night = HourlyEt0.Calculate(new HourlyWeather(new DateOnly(2026, 10, 1), 2, 16 + (13.0 / 60), -16.25, -15, 8,
            28, 90, 1.9, 2, 0, RsRsoBeforeSunset: 0.8));
        Assert.False(night.Daytime);
        Assert.Equal(0, night.ExtraterrestrialRadiationMJ);
        Assert.Equal(0.100, night.NetLongwaveMJ, 3);
        Assert.Equal(-0.050, night.SoilHeatFluxMJ, 3);
        Assert.Equal(0.00, night.Et0MmPerHour, 2);
        Assert.Empty(night.Fallbacks);
    }

    [Fact]
    public void A_night_hour_without_the_evening_ratio_uses_the_papers_default_and_says_so()
    {
        var withDefault = HourlyEt0.Calculate(new HourlyWeather(new DateOnly(2026, 10, 1), 2, 16.2167, -16.25, -15, 8, 28, 90, 1.9, 2, 0));
        var arid = HourlyEt0.Calculate(new HourlyWeather(new DateOnly(2026, 10, 1), 2, 16.2167, -16.25, -15, 8, 28, 90, 1.9, 2, 0, RsRsoBeforeSunset: 0.4));
        Assert.Single(withDefault.Fallbacks);
        Assert.Equal(0.8, withDefault.RsOverRso);
        Assert.True(arid.NetLongwaveMJ < withDefault.NetLongwaveMJ);
    }
}
