namespace Tianyuan.Trace.Features.Record;

using System.Text.Json.Nodes;
using Tianyuan.Trace.Gs1;

/// <summary>
/// 收货: a case arrives (at a cooperative's cold store, a pickup point, a shop). ObjectEvent OBSERVE on the SSCC,
/// bizStep receiving, disposition in_progress, the sender's GLN in sourceList, and the temperatures the logger in the
/// case recorded on the way (lowest and highest) as a sensor report: the cold chain as data in the event, so the
/// consumer page can show it and an auditor can query it (EQ_bizStep=receiving with the SSCC). The lots packed in the
/// case are named in quantityList, as on shipping.
/// </summary>
static class ReceiveEvent
{
    public sealed record Request(string? Sscc, string? Source, decimal? MinTemperature, decimal? MaxTemperature, DateTime? At, string? Gln);

    public static (JsonObject? Event, RecordFields Fields, string Sscc) Build(Request r, IReadOnlyList<string> lotClasses, DateTimeOffset now)
    {
        var f = new RecordFields();
        var sscc = f.Sscc("sscc", r.Sscc);
        var source = f.Location("source", r.Source, required: true);
        var temperatures = f.Temperatures(r.MinTemperature, r.MaxTemperature);
        var location = f.Location("gln", r.Gln);
        if (!f.Ok)
            return (null, f, sscc);
        var e = RecordFields.Event("ObjectEvent", "OBSERVE", RecordFields.ChinaTime(r.At, now), "receiving", location);
        e["epcList"] = new JsonArray($"{DigitalLink.CanonicalBase}/00/{sscc}");
        if (lotClasses.Count > 0)
            e["quantityList"] = new JsonArray([.. lotClasses.Select(c => (JsonNode)new JsonObject { ["epcClass"] = c })]);
        e["disposition"] = "in_progress";
        e["sourceList"] = new JsonArray(new JsonObject { ["type"] = "owning_party", ["source"] = source });
        if (temperatures is not null)
            e["sensorElementList"] = temperatures;
        return (e, f, sscc);
    }
}
