namespace Tianyuan.Farm.Tests;

using Tianyuan.Farm.Agronomy;

/// <summary>A planting's stage, Kc and root depth on a given day, from the built-in FAO-56 crop table.</summary>
public class CropCalendarTests
{
    static readonly Crop Maize = Crops.Find("maize")!;
    static readonly DateOnly Sown = new(2026, 4, 1);

    [Theory]
    [InlineData("2026-04-01", 1, "Initial", 0.30, 0.20)]      // sowing day: Kc ini, initial root zone
    [InlineData("2026-05-20", 50, "Development", 0.75, 0.60)] // 20 of 40 development days: Kc and roots halfway
    [InlineData("2026-07-01", 92, "MidSeason", 1.20, 1.00)]   // days 71–120: Kc mid, full Table 22 depth
    [InlineData("2026-08-04", 126, "LateSeason", 1.03, 1.00)] // 6 of 30 late days: a fifth of the way from 1.20 to 0.35
    public void Maize_sown_on_1_April(string day, int dayOfSeason, string stage, double kc, double rootDepth)
    {
        var on = CropCalendar.On(Maize, Sown, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((dayOfSeason, stage), (on.DayOfSeason, on.Stage.ToString()));
        Assert.Equal(kc, on.Kc, 2);
        Assert.Equal(rootDepth, on.RootDepthM, 2);
    }

    [Fact]
    public void Outside_its_season_a_planting_gives_no_Kc()
    {
        Assert.Equal(GrowthStage.NotStarted, CropCalendar.On(Maize, Sown, Sown.AddDays(-1)).Stage);
        var after = CropCalendar.On(Maize, Sown, Sown.AddDays(150));
        Assert.Equal(GrowthStage.Ended, after.Stage);
        Assert.False(after.InSeason);
    }

    [Fact]
    public void Perennials_keep_their_full_root_depth_from_the_first_day()
    {
        var tea = Crops.Find("tea")!;
        var on = CropCalendar.On(tea, Sown, Sown);
        Assert.Equal((GrowthStage.Initial, 0.95, 0.9), (on.Stage, on.Kc, on.RootDepthM));
    }

    [Fact]
    public void Every_crop_in_the_table_has_a_whole_season_and_sane_coefficients() =>
        Assert.All(Crops.All, c =>
        {
            Assert.InRange(c.Curve.SeasonDays, 90, 366);
            Assert.InRange(c.Curve.KcMid, 0.8, 1.3);
            Assert.InRange(c.DepletionFraction, 0.2, 0.6);
        });
}
