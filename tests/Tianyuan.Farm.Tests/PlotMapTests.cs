namespace Tianyuan.Farm.Tests;

using Tianyuan.Farm.Features.Overview;

/// <summary>The farm page's plot map: outlines read from GeoJSON and fitted into the drawing, and the moisture colours.</summary>
public class PlotMapTests
{
    const string Square = """{"type":"Polygon","coordinates":[[[118.0,30.0],[118.001,30.0],[118.001,30.001],[118.0,30.001],[118.0,30.0]]]}""";

    [Fact]
    public void A_polygon_a_multipolygon_and_a_feature_give_their_outer_rings()
    {
        Assert.Equal(5, Assert.Single(PlotOutline.Rings(Square)).Count);
        var multi = """{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}""";
        Assert.Equal(2, PlotOutline.Rings(multi).Count);
        var feature = """{"type":"Feature","properties":{},"geometry":""" + Square + "}";
        Assert.Single(PlotOutline.Rings(feature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not json")]
    [InlineData("""{"type":"Point","coordinates":[118,30]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[118,30],[118.1,30],[118,30]]]}""")] // two distinct corners
    [InlineData("""{"type":"Polygon","coordinates":[[[118,30],[200,30],[118,31],[118,30]]]}""")] // longitude off the globe
    public void Anything_that_is_not_a_field_outline_gives_none(string? geoJson) =>
        Assert.Empty(PlotOutline.Rings(geoJson));

    [Fact]
    public void A_square_field_at_30_degrees_north_is_drawn_square_not_stretched()
    {
        // 0.001° of longitude at 30°N is cos(30°) ≈ 0.866 of 0.001° of latitude on the ground.
        var ground = """{"type":"Polygon","coordinates":[[[118.0,30.0],[118.0011547,30.0],[118.0011547,30.001],[118.0,30.001],[118.0,30.0]]]}""";
        var (height, shapes) = PlotMapLayout.Fit([(Guid.NewGuid(), PlotOutline.Rings(ground))]);
        var corners = Corners(Assert.Single(shapes).Path);
        var width = corners.Max(c => c.X) - corners.Min(c => c.X);
        var tall = corners.Max(c => c.Y) - corners.Min(c => c.Y);
        Assert.InRange(width / tall, 0.99, 1.01);
        Assert.InRange(height, tall, PlotMapLayout.Width);
    }

    [Fact]
    public void North_is_up_east_is_right_and_an_unoutlined_plot_is_left_out()
    {
        var (west, east, bare) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var eastNorth = """{"type":"Polygon","coordinates":[[[118.002,30.001],[118.003,30.001],[118.003,30.002],[118.002,30.002],[118.002,30.001]]]}""";
        var (_, shapes) = PlotMapLayout.Fit([(west, PlotOutline.Rings(Square)), (east, PlotOutline.Rings(eastNorth)), (bare, [])]);
        Assert.Equal(2, shapes.Count);
        var w = shapes.Single(s => s.PlotId == west);
        var e = shapes.Single(s => s.PlotId == east);
        Assert.True(e.LabelX > w.LabelX, "the eastern plot is drawn to the right");
        Assert.True(e.LabelY < w.LabelY, "the northern plot is drawn higher up");
        Assert.All(shapes.SelectMany(s => Corners(s.Path)), c => Assert.InRange(c.X, 0, PlotMapLayout.Width));
    }

    [Theory]
    [InlineData(null, false, "none")]
    [InlineData(14.9, true, "dry")]   // the advice says irrigate: the crop needs water
    [InlineData(15.0, false, "ok")]
    [InlineData(27.0, false, "ok")]   // at field capacity
    [InlineData(27.5, false, "wet")]  // above it: the soil drains
    public void Moisture_band_follows_the_irrigation_verdict_and_field_capacity(double? moisture, bool needsWater, string band) =>
        Assert.Equal(band, PlotMapLayout.MoistureBand(moisture, moisture is null ? null : needsWater, fieldCapacityPct: 27));

    static List<(double X, double Y)> Corners(string path) =>
        [.. path.Split(['M', 'L', 'Z'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(','))
            .Select(xy => (double.Parse(xy[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(xy[1], System.Globalization.CultureInfo.InvariantCulture)))];
}
