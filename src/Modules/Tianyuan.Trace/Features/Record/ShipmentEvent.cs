namespace Tianyuan.Trace.Features.Record;

using System.Text.Json.Nodes;
using Tianyuan.Trace.Contracts;
using Tianyuan.Trace.Gs1;

/// <summary>
/// A shipment another module reports (<see cref="ITraceRecords.RecordShipmentAsync"/>): ObjectEvent OBSERVE, bizStep
/// shipping, disposition in_transit, the lot class in quantityList (with the quantity when known) and the items' SGTINs
/// in epcList. The caller's reference becomes the eventID, which is how a repeated call finds the first one.
/// </summary>
static class ShipmentEvent
{
    public const int MaxReference = 200;
    public const int MaxSerials = 1000;

    /// <summary>The eventID for a reference: a URI under Tianyuan's vocabulary, as EPCIS wants eventIDs to be URIs.</summary>
    public static string EventId(string reference) => $"{RecordFields.Voc}shipment/{Uri.EscapeDataString(reference)}";

    public static (JsonObject? Event, RecordFields Fields) Build(TraceShipment s, DateTimeOffset now)
    {
        var f = new RecordFields();
        var reference = (s.Reference ?? "").Trim();
        if (reference.Length is 0 or > MaxReference)
            f.Fail(nameof(s.Reference), "ErrorReference", MaxReference);
        var gtin = f.Gtin(nameof(s.Gtin), s.Gtin);
        var lot = f.Lot(nameof(s.Lot), s.Lot);
        var serials = (s.Serials ?? []).Select((serial, i) => f.Serial($"{nameof(s.Serials)}[{i}]", serial)).Distinct().ToList();
        if (serials.Count > MaxSerials)
            f.Fail(nameof(s.Serials), "ErrorSerials", MaxSerials);
        if (s.Quantity is <= 0)
            f.Fail(nameof(s.Quantity), "ErrorQuantity");
        if (s.Unit is { } unit && (unit.Length is < 2 or > 3 || !unit.All(char.IsAsciiLetterOrDigit)))
            f.Fail(nameof(s.Unit), "ErrorUnit");
        var readPoint = f.Location(nameof(s.ReadPointGln), s.ReadPointGln);
        var bizLocation = f.Location(nameof(s.BizLocationGln), s.BizLocationGln);
        var source = f.Location(nameof(s.SourceGln), s.SourceGln);
        var destination = f.Location(nameof(s.DestinationGln), s.DestinationGln);
        if (!f.Ok)
            return (null, f);

        var e = RecordFields.Event("ObjectEvent", "OBSERVE", RecordFields.ChinaTime(null, s.ShippedAt ?? now), "shipping", null);
        e["eventID"] = EventId(reference);
        if (serials.Count > 0)
            e["epcList"] = new JsonArray([.. serials.Select(serial => (JsonNode)$"{DigitalLink.CanonicalBase}/01/{gtin}/21/{CharacterSet82.ForDigitalLink(serial)}")]);
        var quantity = new JsonObject { ["epcClass"] = RecordFields.LotClass(gtin, lot) };
        if (s.Quantity is { } amount)
            quantity["quantity"] = amount;
        if (s.Quantity is not null && s.Unit is { } uom)
            quantity["uom"] = uom.ToUpperInvariant();
        e["quantityList"] = new JsonArray(quantity);
        e["disposition"] = "in_transit";
        if (readPoint is not null)
            e["readPoint"] = new JsonObject { ["id"] = readPoint };
        if (bizLocation is not null)
            e["bizLocation"] = new JsonObject { ["id"] = bizLocation };
        if (source is not null)
            e["sourceList"] = new JsonArray(new JsonObject { ["type"] = "owning_party", ["source"] = source });
        if (destination is not null)
            e["destinationList"] = new JsonArray(new JsonObject { ["type"] = "owning_party", ["destination"] = destination });
        return (e, f);
    }
}
