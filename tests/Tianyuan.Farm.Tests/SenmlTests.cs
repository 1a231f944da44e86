namespace Tianyuan.Farm.Tests;

using System.Text.Json;
using Tianyuan.Farm.Telemetry;

/// <summary>SenML (RFC 8428) as sensor gateways send it: base fields, relative times, units, and bad records.</summary>
public class SenmlTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    static (IReadOnlyList<SenmlRecord> Records, IReadOnlyList<SenmlError> Errors) Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return SenmlPack.Parse(doc.RootElement, Now);
    }

    [Fact]
    public void RFC_8428_example_with_base_name_base_time_and_base_unit()
    {
        // RFC 8428 §5.1.2, "multiple data points".
        var (records, errors) = Parse("""
            [{"bn":"urn:dev:ow:10e2073a0108006:","bt":1.276020076001e+09,"bu":"A","bver":5,"n":"voltage","u":"V","v":120.1},
             {"n":"current","t":-5,"v":1.2},
             {"n":"current","t":-4,"v":1.3},
             {"n":"current","v":1.7}]
            """);
        Assert.Empty(errors);
        Assert.Equal(4, records.Count);
        Assert.Equal("urn:dev:ow:10e2073a0108006:voltage", records[0].Name);
        Assert.Equal("V", records[0].Unit);
        Assert.Equal("A", records[1].Unit);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_276_020_071_001), records[1].Time);
        Assert.Equal(1.3, records[2].Value);
    }

    [Fact]
    public void Small_times_are_relative_to_now_and_base_values_add_up()
    {
        var (records, _) = Parse("""[{"bn":"s1:","bv":20,"n":"t","u":"Cel","v":1.5,"t":-60},{"n":"ok","vb":true},{"n":"fw","vs":"1.2.0"}]""");
        Assert.Equal(Now.AddSeconds(-60), records[0].Time);
        Assert.Equal(21.5, records[0].Value);
        Assert.True(records[1].BoolValue);
        Assert.Equal("1.2.0", records[2].StringValue);
        Assert.Equal(Now, records[1].Time);
    }

    [Fact]
    public void A_bad_record_is_reported_by_position_and_the_others_still_count()
    {
        var (records, errors) = Parse("""[{"n":"a","v":"wet"},{"n":"b","v":3},{"v":4},{"n":"c"},42]""");
        Assert.Single(records);
        Assert.Equal("b", records[0].Name);
        Assert.Equal([0, 2, 3, 4], errors.Select(e => e.Index));
        Assert.Contains("number", errors[0].Reason);
    }

    [Fact]
    public void Something_that_is_not_an_array_is_refused_whole()
    {
        var (records, errors) = Parse("""{"n":"a","v":1}""");
        Assert.Empty(records);
        Assert.Contains("array", Assert.Single(errors).Reason);
    }

    [Theory]
    [InlineData("Cel", 21.5, "temperature", 21.5, true)]
    [InlineData("°C", 21.5, "temperature", 21.5, true)]
    [InlineData("hPa", 1013, "pressure", 101300, true)]
    [InlineData("%VWC", 34, "soil-moisture", 34, true)]
    [InlineData("%RH", 130, "humidity", 130, false)]
    [InlineData("Cel", 85, "temperature", 85, false)]
    public void Units_are_normalised_and_impossible_values_flagged(string unit, double value, string quantity, double normalised, bool plausible)
    {
        Assert.True(SenmlUnits.TryNormalise(unit, value, out var info, out var converted));
        Assert.Equal(quantity, info.Quantity);
        Assert.Equal(normalised, converted, 6);
        Assert.Equal(plausible, SenmlUnits.IsPlausible(info, converted));
    }

    [Fact]
    public void An_unknown_unit_is_not_guessed() => Assert.False(SenmlUnits.TryNormalise("furlongs", 1, out _, out _));
}
