namespace Tianyuan.Trace.Tests;

using Tianyuan.Trace.Features.Record;
using Tianyuan.Trace.Gs1;

/// <summary>
/// The record steps' builders without a server: GS1 mistakes keyed by kind (so the form can say them in Chinese), the
/// pest report's extension, and a grading's TransformationEvent with its derived grade lots.
/// </summary>
public class RecordStepTests
{
    static readonly DateTimeOffset Now = new(2026, 9, 12, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_GS1_key_mistake_says_its_kind()
    {
        Assert.Equal(ParseProblem.CheckDigit, Gtin.Parse("09521141012346").Kind);
        Assert.Equal(ParseProblem.Length, Gtin.Parse("12345").Kind);
        Assert.Equal(ParseProblem.NotDigits, Gtin.Parse("0952114101234A").Kind);
        Assert.Equal(ParseProblem.CheckDigit, Sscc.Parse("106141412345678909").Kind);
        Assert.Equal(ParseProblem.None, Gln.Parse("9521141000014").Kind);
    }

    [Theory]
    [InlineData("09521141012346", "Gs1CheckDigit", new object[] { 5, '6' })]
    [InlineData("123", "Gs1GtinLength", new object[] { 3 })]
    [InlineData("", "ErrorGtinRequired", new object[0])]
    public void A_mistyped_GTIN_becomes_a_resource_key_with_its_values(string typed, string key, object[] args)
    {
        var f = new RecordFields();
        f.Gtin("gtin", typed);
        Assert.Equal(key, f.Errors["gtin"].Key);
        Assert.Equal(args, f.Errors["gtin"].Args);
    }

    [Fact]
    public void A_GLN_and_a_lot_name_their_length_and_the_character_that_is_not_allowed()
    {
        var f = new RecordFields();
        f.Location("gln", "952114100001");
        f.Lot("lot", "L 1");
        Assert.Equal("Gs1Length", f.Errors["gln"].Key);
        Assert.Equal([13, 12], f.Errors["gln"].Args);
        Assert.Equal("Gs1Characters", f.Errors["lot"].Key);
        Assert.Equal([' '], f.Errors["lot"].Args);
    }

    [Fact]
    public void A_pest_report_is_an_observation_of_the_lot_with_its_findings()
    {
        var (e, f, _, _) = PestReportEvent.Build(new("09521141012345", "L1", " 稻飞虱 ", "severe", 30, "喷施吡蚜酮", null, null), Now);
        Assert.True(f.Ok);
        Assert.Equal("ObjectEvent", (string?)e!["type"]);
        Assert.Equal(PestReportEvent.BizStep, (string?)e["bizStep"]);
        Assert.Equal("稻飞虱", (string?)e[PestReportEvent.Extension]!["ty:pest"]);
        Assert.Equal("2026-09-12T14:00:00+08:00", (string?)e["eventTime"]);

        var (none, bad, _, _) = PestReportEvent.Build(new("09521141012345", "L1", "", "very", -1, new string('x', 101), null, null), Now);
        Assert.Null(none);
        Assert.Equal(["action", "affectedPercent", "pest", "severity"], bad.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_grading_turns_the_harvest_lot_into_grade_lots_derived_or_typed()
    {
        var grades = new List<GradeEvent.Grade> { new("特级", 40, null), new("一级", 25.5m, "L1-YJ"), new("二级", null, null) };
        var (e, f, _, lot, gradeLots) = GradeEvent.Build(new("09521141012345", "L1", grades, null, "9521141000014"), Now);
        Assert.True(f.Ok);
        Assert.Equal("L1", lot);
        Assert.Equal(["L1-A", "L1-YJ"], gradeLots);
        Assert.Equal("TransformationEvent", (string?)e!["type"]);
        Assert.Null(e["action"]);
        Assert.Equal(65.5m, (decimal)e["inputQuantityList"]![0]!["quantity"]!);
        Assert.Equal("https://id.gs1.org/01/09521141012345/10/L1-A", (string?)e["outputQuantityList"]![0]!["epcClass"]);
        Assert.Equal("KGM", (string?)e["outputQuantityList"]![1]!["uom"]);
        Assert.Equal("一级", (string?)e[GradeEvent.Extension]![1]!["ty:grade"]);
    }

    [Fact]
    public void A_grading_refuses_repeated_lots_and_too_long_derived_ones_on_the_row_that_has_them()
    {
        var repeated = new List<GradeEvent.Grade> { new("特级", 10, "L1"), new("一级", 5, "X"), new("二级", 5, "X") };
        var (_, f, _, _, _) = GradeEvent.Build(new("09521141012345", "L1", repeated, null, null), Now);
        Assert.Equal(["grades[0].lot", "grades[2].lot"], f.Errors.Keys.Order(StringComparer.Ordinal));

        var (_, longLot, _, _, _) = GradeEvent.Build(new("09521141012345", "L123456789012345678", [new("特级", 10, null)], null, null), Now);
        Assert.Equal("ErrorLotLength", longLot.Errors["grades[0].lot"].Key);
    }
}
