namespace Tianyuan.Trace.Features.Record;

using System.Text.Json.Nodes;

/// <summary>
/// 收获: a quantity of a lot comes into being. ObjectEvent ADD with the lot class in quantityList (kilograms). CBV has
/// no harvesting step, so bizStep is the private word https://tianyuan.example/voc/harvesting, which the consumer page
/// reads as 收获.
/// </summary>
static class HarvestEvent
{
    public sealed record Request(string? Gtin, string? Lot, decimal? Kilograms, DateTime? At, string? Gln);

    public static (JsonObject? Event, RecordFields Fields, string Gtin, string Lot) Build(Request r, DateTimeOffset now)
    {
        var f = new RecordFields();
        var gtin = f.Gtin("gtin", r.Gtin);
        var lot = f.Lot("lot", r.Lot);
        if (r.Kilograms is not > 0 || r.Kilograms > 1_000_000)
            f.Fail("kilograms", "quantity is more than 0 and at most 1,000,000 kg.");
        var location = f.Location("gln", r.Gln);
        if (!f.Ok)
            return (null, f, gtin, lot);
        var e = RecordFields.Event("ObjectEvent", "ADD", RecordFields.ChinaTime(r.At, now), RecordFields.Voc + "harvesting", location);
        e["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = RecordFields.LotClass(gtin, lot), ["quantity"] = r.Kilograms!.Value, ["uom"] = "KGM" });
        return (e, f, gtin, lot);
    }
}
