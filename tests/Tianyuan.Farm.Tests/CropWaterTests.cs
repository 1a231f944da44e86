namespace Tianyuan.Farm.Tests;

using Tianyuan.Farm.Agronomy;

/// <summary>FAO-56 chapters 6 and 8: crop coefficients and the root-zone water balance behind irrigation advice.</summary>
public class CropWaterTests
{
    [Theory]
    [InlineData(1.20, 1.3, 75, 2.0, 1.07)]   // Example 27, Taipei
    [InlineData(1.20, 4.6, 44, 2.0, 1.30)]   // Example 27, Mocha
    [InlineData(1.15, 2.2, 30, 0.4, 1.19)]   // Box 15, Kimberly dry beans
    public void Kc_mid_is_adjusted_for_wind_dryness_and_height(double table, double u2, double rhMin, double height, double expected) =>
        Assert.Equal(expected, CropCoefficient.AdjustForClimate(table, u2, rhMin, height), 2);

    [Theory]
    [InlineData(20, 0.15)]
    [InlineData(40, 0.774)]
    [InlineData(70, 1.19)]
    [InlineData(95, 0.56)]
    public void Example_28_Kc_curve(int day, double expected) =>
        Assert.Equal(expected, CropCoefficient.OnDay(new CropCurve(25, 25, 30, 20, 0.15, 1.19, 0.35), day), 2);

    [Theory]
    [InlineData(0.15, 0.06, 0.8, 0.40, 72, 29)]   // Example 36: tomato on loamy sand
    [InlineData(0.32, 0.15, 1.2, 0.55, 204, 112)] // maize on silt
    [InlineData(0.35, 0.23, 0.4, 0.30, 48, 14)]   // onion on silty clay
    public void Example_36_total_and_readily_available_water(double fc, double wp, double zr, double p, double taw, double raw)
    {
        var zone = new RootZone(fc, wp, zr, p);
        Assert.Equal(taw, zone.TotalAvailableWaterMm, 0);
        Assert.Equal(raw, zone.ReadilyAvailableWaterMm, 0);
    }

    [Fact]
    public void Example_37_ten_days_without_water_tomato_on_silt()
    {
        var zone = new RootZone(0.32, 0.12, 0.8, 0.40);
        double[] expectedKs = [1.00, 1.00, 0.97, 0.91, 0.85, 0.80, 0.75, 0.70, 0.66, 0.62];
        double[] expectedEnd = [61.0, 67.0, 72.8, 78.3, 83.4, 88.2, 92.6, 96.9, 100.8, 104.5];
        var depletion = 55.0;
        for (var day = 0; day < 10; day++)
        {
            var step = SoilWaterBalance.Step(zone, depletion, et0Mm: 5, kc: 1.2);
            Assert.Equal(expectedKs[day], step.StressCoefficient, 2);
            Assert.Equal(expectedEnd[day], step.DepletionEndMm, 1);
            depletion = step.DepletionEndMm;
        }
    }

    [Fact]
    public void Irrigation_beyond_the_depletion_percolates_and_leaves_the_root_zone_full()
    {
        var zone = new RootZone(0.23, 0.10, 0.30, 0.6);
        var step = SoilWaterBalance.Step(zone, depletionStartMm: 23, et0Mm: 5, kc: 1.0, irrigationMm: 40);
        Assert.Equal(0, step.DepletionEndMm);
        Assert.Equal(12, step.DeepPercolationMm, 1);
        Assert.Equal(0.42, RootZone.AdjustDepletionFraction(0.5, 7), 2);
    }
}

/// <summary>Irrigation advice from a soil-moisture reading (FAO-56 Eqs 82–83 with the sensor giving depletion).</summary>
public class IrrigationAdviceTests
{
    static readonly RootZone Loam = new(FieldCapacity: 0.27, WiltingPoint: 0.12, RootDepthM: 0.4, DepletionFraction: 0.5);

    [Fact]
    public void Below_the_refill_point_the_advice_is_to_refill_to_field_capacity_in_mm_and_cubic_metres()
    {
        // TAW = 1000 × 0.15 × 0.4 = 60 mm, RAW = 30 mm; θ = 0.18 → Dr = 36 mm; one mu (666.7 m²) takes 24 m³.
        var advice = Irrigation.Advise(Loam, 0.18, 666.7, et0MmPerDay: 4, kc: 1);
        Assert.True(advice.IrrigateNow);
        Assert.Equal((36.0, 30.0, 60.0, 36.0, 24.0), (advice.DepletionMm, advice.ReadilyAvailableMm, advice.TotalAvailableMm, advice.IrrigationMm, advice.VolumeM3));
        Assert.Null(advice.DaysUntilRefill);
    }

    [Fact]
    public void Above_the_refill_point_the_advice_is_how_many_days_of_crop_water_use_remain()
    {
        // θ = 0.24 → Dr = 12 mm; 18 mm of RAW left at 4 mm/day is 4.5 days.
        var advice = Irrigation.Advise(Loam, 0.24, 1000, et0MmPerDay: 4, kc: 1);
        Assert.False(advice.IrrigateNow);
        Assert.Equal(0, advice.IrrigationMm);
        Assert.Equal(4.5, advice.DaysUntilRefill);
        Assert.Null(Irrigation.Advise(Loam, 0.24, 1000, et0MmPerDay: null, kc: 1).DaysUntilRefill);
    }

    [Fact]
    public void Readings_outside_the_soil_range_are_held_to_it()
    {
        Assert.Equal(0, Irrigation.Advise(Loam, 0.35, 1000, 4, 1).DepletionMm); // wetter than field capacity (after rain)
        Assert.Equal(60, Irrigation.Advise(Loam, 0.05, 1000, 4, 1).DepletionMm); // drier than wilting point
    }
}
