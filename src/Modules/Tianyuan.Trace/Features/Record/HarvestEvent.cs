namespace Tianyuan.Trace.Features.Record;

using System.Text.Json.Nodes;

/// <summary>
/// 收获: a quantity of a lot comes into being. ObjectEvent ADD with the lot class in quantityList (kilograms). CBV has
/// no harvesting step, so bizStep is the private word https://tianyuan.example/voc/harvesting, which the consumer page
/// reads as 收获. Recorded from the /trace/record form (lot typed by the farmer) and from the farm diary (the plot as
/// bizLocation, which is how the consumer page finds the field's inputs and sensor record for the lot).
/// </summary>
static class HarvestEvent
{
    public const decimal MaxKilograms = 1_000_000;

    public sealed record Request(string? Gtin, string? Lot, decimal? Kilograms, DateTime? At, string? Gln);

    public static (JsonObject? Event, RecordFields Fields, string Gtin, string Lot) Build(Request r, DateTimeOffset now)
    {
        var f = new RecordFields();
        var gtin = f.Gtin("gtin", r.Gtin);
        var lot = f.Lot("lot", r.Lot);
        var location = f.Location("gln", r.Gln);
        var e = Compose(f, RecordFields.ChinaTime(r.At, now), location, RecordFields.LotClass(gtin, lot), r.Kilograms);
        return (f.Ok ? e : null, f, gtin, lot);
    }

    /// <summary>The event for a lot class (an LGTIN, or a farm's own lot URI when the product has no GTIN yet).</summary>
    public static JsonObject Compose(RecordFields f, DateTimeOffset at, string? location, string lotClass, decimal? kilograms)
    {
        if (kilograms is not > 0 || kilograms > MaxKilograms)
            f.Fail("kilograms", "ErrorKilograms", MaxKilograms);
        var e = RecordFields.Event("ObjectEvent", "ADD", at, RecordFields.Voc + "harvesting", location);
        e["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = lotClass, ["quantity"] = kilograms ?? 0, ["uom"] = "KGM" });
        return e;
    }
}
