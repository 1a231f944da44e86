namespace Tianyuan.Trace.Features.Record;

using System.Text.Json.Nodes;

/// <summary>
/// 土壤检测: a soil test of the field a lot grows in (the farmer types the lot, as for an input), from a lab report:
/// pH, organic matter and the available N, P and K that fertiliser advice in China is written against (NY/T 1121 and
/// the 测土配方施肥 programme). ObjectEvent OBSERVE with the private bizStep https://tianyuan.example/voc/soil_testing;
/// each measured value is a sensorReport (private measurement types, UN/CEFACT units: GK = g/kg, NA = mg/kg), so the
/// consumer timeline shows them like any sensor data; the lab and report number go in ty:soilTest.
/// </summary>
static class SoilTestEvent
{
    public sealed record Request(string? Gtin, string? Lot, string? Lab, string? Report, decimal? Ph, decimal? OrganicMatter,
        decimal? Nitrogen, decimal? Phosphorus, decimal? Potassium, DateTime? At, string? Gln);

    public static (JsonObject? Event, RecordFields Fields, string Gtin, string Lot) Build(Request r, DateTimeOffset now)
    {
        var f = new RecordFields();
        var gtin = f.Gtin("gtin", r.Gtin);
        var lot = f.Lot("lot", r.Lot);
        var location = f.Location("gln", r.Gln);
        var lab = (r.Lab ?? "").Trim();
        var report = (r.Report ?? "").Trim();
        if (lab.Length is 0 or > InputEvent.MaxText)
            f.Fail("lab", "ErrorLab", InputEvent.MaxText);
        if (report.Length > 40)
            f.Fail("report", "ErrorReport", 40);
        var values = new (string Field, string Type, string Uom, decimal? Value, decimal Max)[]
        {
            ("ph", "pH", "", r.Ph, 14), ("organicMatter", "SoilOrganicMatter", "GK", r.OrganicMatter, 1000),
            ("nitrogen", "AvailableNitrogen", "NA", r.Nitrogen, 10_000), ("phosphorus", "AvailablePhosphorus", "NA", r.Phosphorus, 10_000),
            ("potassium", "AvailablePotassium", "NA", r.Potassium, 10_000),
        };
        foreach (var v in values.Where(v => v.Value is < 0 || v.Value > v.Max))
            f.Fail(v.Field, "ErrorSoilValue", v.Max);
        if (values.All(v => v.Value is null))
            f.Fail("ph", "ErrorSoilNone");
        if (!f.Ok)
            return (null, f, gtin, lot);

        var e = RecordFields.Event("ObjectEvent", "OBSERVE", RecordFields.ChinaTime(r.At, now), RecordFields.Voc + "soil_testing", location);
        e["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = RecordFields.LotClass(gtin, lot) });
        var reports = new JsonArray();
        foreach (var v in values.Where(v => v.Value is not null))
        {
            var sensorReport = new JsonObject { ["type"] = RecordFields.Voc + v.Type, ["value"] = v.Value };
            if (v.Uom.Length > 0)
                sensorReport["uom"] = v.Uom;
            reports.Add(sensorReport);
        }

        e["sensorElementList"] = new JsonArray(new JsonObject { ["sensorReport"] = reports });
        var test = new JsonObject { ["ty:lab"] = lab };
        if (report.Length > 0)
            test["ty:report"] = report;
        e["ty:soilTest"] = test;
        return (e, f, gtin, lot);
    }
}
