namespace Tianyuan.Trace.Features.Record;

using System.Text.Json.Nodes;

/// <summary>
/// 施用投入品: a fertiliser or plant-protection product applied to a lot. ObjectEvent OBSERVE on the lot class with
/// the private bizStep https://tianyuan.example/voc/applying; product and dose go in the extension field ty:input.
/// </summary>
static class InputEvent
{
    public const int MaxText = 100;

    public sealed record Request(string? Gtin, string? Lot, string? Product, string? Dose, DateTime? At, string? Gln);

    public static (JsonObject? Event, RecordFields Fields, string Gtin, string Lot) Build(Request r, DateTimeOffset now)
    {
        var f = new RecordFields();
        var gtin = f.Gtin("gtin", r.Gtin);
        var lot = f.Lot("lot", r.Lot);
        var product = (r.Product ?? "").Trim();
        var dose = (r.Dose ?? "").Trim();
        if (product.Length is 0 or > MaxText)
            f.Fail("product", "product name is 1 to 100 characters.");
        if (dose.Length is 0 or > MaxText)
            f.Fail("dose", "dose is 1 to 100 characters (e.g. 2 kg/亩).");
        var location = f.Location("gln", r.Gln);
        if (!f.Ok)
            return (null, f, gtin, lot);
        var e = RecordFields.Event("ObjectEvent", "OBSERVE", RecordFields.ChinaTime(r.At, now), RecordFields.Voc + "applying", location);
        e["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = RecordFields.LotClass(gtin, lot) });
        e["ty:input"] = new JsonObject { ["ty:product"] = product, ["ty:dose"] = dose };
        return (e, f, gtin, lot);
    }
}
