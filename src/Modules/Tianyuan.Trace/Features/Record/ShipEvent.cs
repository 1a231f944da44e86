namespace Tianyuan.Trace.Features.Record;

using System.Text.Json.Nodes;
using Tianyuan.Trace.Gs1;

/// <summary>
/// 发货: a case leaves for a buyer. ObjectEvent OBSERVE on the SSCC, bizStep shipping, disposition in_transit, the
/// buyer's GLN in destinationList, the order number as a po transaction, and the agreed temperature range as a sensor
/// report. The lots packed in the case (found by the caller) are named in quantityList, so the lot's consumer page
/// shows the shipment.
/// </summary>
static class ShipEvent
{
    public sealed record Request(string? Sscc, string? Destination, string? Order, decimal? MinTemperature, decimal? MaxTemperature, DateTime? At, string? Gln);

    public static (JsonObject? Event, RecordFields Fields, string Sscc) Build(Request r, IReadOnlyList<string> lotClasses, DateTimeOffset now)
    {
        var f = new RecordFields();
        var sscc = f.Sscc("sscc", r.Sscc);
        var destination = f.Location("destination", r.Destination, required: true);
        var order = (r.Order ?? "").Trim();
        if (order.Length > 40 || order.Any(c => !CharacterSet82.Contains(c)))
            f.Fail("order", "ErrorOrder", 40);
        var temperatures = f.Temperatures(r.MinTemperature, r.MaxTemperature);
        var location = f.Location("gln", r.Gln);
        if (!f.Ok)
            return (null, f, sscc);
        var e = RecordFields.Event("ObjectEvent", "OBSERVE", RecordFields.ChinaTime(r.At, now), "shipping", location);
        e["epcList"] = new JsonArray($"{DigitalLink.CanonicalBase}/00/{sscc}");
        if (lotClasses.Count > 0)
            e["quantityList"] = new JsonArray([.. lotClasses.Select(c => (JsonNode)new JsonObject { ["epcClass"] = c })]);
        e["disposition"] = "in_transit";
        if (order.Length > 0)
            e["bizTransactionList"] = new JsonArray(new JsonObject { ["type"] = "po", ["bizTransaction"] = $"{RecordFields.Voc}po/{Uri.EscapeDataString(order)}" });
        e["destinationList"] = new JsonArray(new JsonObject { ["type"] = "owning_party", ["destination"] = destination });
        if (temperatures is not null)
            e["sensorElementList"] = temperatures;

        return (e, f, sscc);
    }
}
