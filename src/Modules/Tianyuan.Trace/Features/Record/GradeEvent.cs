namespace Tianyuan.Trace.Features.Record;

using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>
/// 分级: a harvested lot sorted into grade lots (特级 / 一级 / 二级 …), each sold under its own lot number. An EPCIS
/// TransformationEvent with the private bizStep https://tianyuan.example/voc/grading: inputQuantityList is the
/// harvest lot with the kilograms graded, outputQuantityList one new lot class per grade with its kilograms (KGM), and
/// the grade names go in the extension ty:grades. Because the grade lots are outputs of the harvest lot, a grade lot's
/// consumer page can show the harvest lot's history (<see cref="Resolver.Lineage"/>) and a recall of the harvest lot
/// reaches every grade lot.
/// </summary>
static class GradeEvent
{
    public const string BizStep = RecordFields.Voc + "grading";
    public const string Extension = "ty:grades";
    public const int MaxGrades = 6;
    public const int MaxGradeName = 20;

    /// <summary>One grade: its name, its kilograms and its lot (derived from the harvest lot, e.g. L1-A, when left empty).</summary>
    public sealed record Grade(string? Name, decimal? Kilograms, string? Lot);

    public sealed record Request(string? Gtin, string? Lot, IReadOnlyList<Grade>? Grades, DateTime? At, string? Gln);

    /// <summary>A grade as the consumer page shows it.</summary>
    public sealed record Share(string Name, string Lot, decimal Kilograms);

    /// <summary>
    /// The event, and the grade lots it makes. A grade with neither kilograms nor a lot is skipped: the form offers
    /// 特级, 一级 and 二级 whether or not the harvest had each. Problems are keyed grades[i].name / .kilograms / .lot by
    /// the grade's place in the request, so the form can show them on the right row.
    /// </summary>
    public static (JsonObject? Event, RecordFields Fields, string Gtin, string Lot, IReadOnlyList<string> GradeLots) Build(Request r, DateTimeOffset now)
    {
        var f = new RecordFields();
        var gtin = f.Gtin("gtin", r.Gtin);
        var lot = f.Lot("lot", r.Lot);
        var location = f.Location("gln", r.Gln);
        var given = (r.Grades ?? []).Select((g, i) => (Grade: g, Index: i)).Where(g => g.Grade.Kilograms is not null || !string.IsNullOrWhiteSpace(g.Grade.Lot)).ToList();
        if (given.Count == 0)
            f.Fail("grades", "ErrorGradesNone");
        else if (given.Count > MaxGrades)
            f.Fail("grades", "ErrorGradesMany", MaxGrades);

        var shares = new List<Share>();
        foreach (var ((g, i), n) in given.Take(MaxGrades).Select((x, n) => (x, n)))
        {
            var name = (g.Name ?? "").Trim();
            if (name.Length is 0 or > MaxGradeName)
                f.Fail($"grades[{i}].name", "ErrorGradeName", MaxGradeName);
            if (g.Kilograms is not > 0 || g.Kilograms > HarvestEvent.MaxKilograms)
                f.Fail($"grades[{i}].kilograms", "ErrorKilograms", HarvestEvent.MaxKilograms);
            var typed = string.IsNullOrWhiteSpace(g.Lot) ? $"{lot}-{(char)('A' + n)}" : g.Lot;
            var gradeLot = f.Lot($"grades[{i}].lot", typed);
            if (gradeLot == lot || shares.Any(s => s.Lot == gradeLot))
                f.Fail($"grades[{i}].lot", "ErrorGradeLotRepeated");
            shares.Add(new Share(name, gradeLot, g.Kilograms ?? 0));
        }

        if (!f.Ok)
            return (null, f, gtin, lot, []);
        var e = RecordFields.Event("TransformationEvent", null, RecordFields.ChinaTime(r.At, now), BizStep, location);
        e["inputQuantityList"] = new JsonArray(Quantity(gtin, lot, shares.Sum(s => s.Kilograms)));
        e["outputQuantityList"] = new JsonArray([.. shares.Select(s => Quantity(gtin, s.Lot, s.Kilograms))]);
        e[Extension] = new JsonArray([.. shares.Select(s => (JsonNode)new JsonObject { ["ty:grade"] = s.Name, ["ty:lot"] = s.Lot, ["ty:kilograms"] = s.Kilograms })]);
        return (e, f, gtin, lot, [.. shares.Select(s => s.Lot)]);
    }

    static JsonObject Quantity(string gtin, string lot, decimal kilograms) =>
        new() { ["epcClass"] = RecordFields.LotClass(gtin, lot), ["quantity"] = kilograms, ["uom"] = "KGM" };

    /// <summary>The stored event's grades, or none for any other event.</summary>
    public static IReadOnlyList<Share> Read(JsonElement @event) =>
        @event.TryGetProperty(Extension, out var grades) && grades.ValueKind == JsonValueKind.Array
            ? [.. grades.EnumerateArray().Where(g => g.ValueKind == JsonValueKind.Object
                    && g.TryGetProperty("ty:grade", out var n) && n.ValueKind == JsonValueKind.String
                    && g.TryGetProperty("ty:lot", out var l) && l.ValueKind == JsonValueKind.String
                    && g.TryGetProperty("ty:kilograms", out var k) && k.ValueKind == JsonValueKind.Number)
                .Select(g => new Share(g.GetProperty("ty:grade").GetString()!, g.GetProperty("ty:lot").GetString()!, g.GetProperty("ty:kilograms").GetDecimal()))]
            : [];
}
