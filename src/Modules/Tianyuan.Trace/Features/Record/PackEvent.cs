namespace Tianyuan.Trace.Features.Record;

using System.Globalization;
using System.Text.Json.Nodes;
using Tianyuan.Trace.Gs1;

/// <summary>
/// 包装: numbered items of a lot packed into a case. AggregationEvent ADD, parentID the case's SSCC, childEPCs the
/// items' SGTINs (serials from, from+1, …) and childQuantityList the lot, so a recall of the lot reaches the case.
/// </summary>
static class PackEvent
{
    public const int MaxItems = 200;

    public sealed record Request(string? Gtin, string? Lot, long? SerialFrom, int? Count, string? Sscc, DateTime? At, string? Gln);

    public static (JsonObject? Event, RecordFields Fields, string Gtin, string Lot) Build(Request r, DateTimeOffset now)
    {
        var f = new RecordFields();
        var gtin = f.Gtin("gtin", r.Gtin);
        var lot = f.Lot("lot", r.Lot);
        if (r.SerialFrom is not >= 0 || r.SerialFrom > 999_999_999_999)
            f.Fail("serialFrom", "ErrorSerialFrom");
        if (r.Count is not (>= 1 and <= MaxItems))
            f.Fail("count", "ErrorCount", MaxItems);
        var sscc = f.Sscc("sscc", r.Sscc);
        var location = f.Location("gln", r.Gln);
        if (!f.Ok)
            return (null, f, gtin, lot);
        var e = RecordFields.Event("AggregationEvent", "ADD", RecordFields.ChinaTime(r.At, now), "packing", location);
        e["parentID"] = $"{DigitalLink.CanonicalBase}/00/{sscc}";
        e["childEPCs"] = new JsonArray([.. Enumerable.Range(0, r.Count!.Value)
            .Select(i => (JsonNode)$"{DigitalLink.CanonicalBase}/01/{gtin}/21/{(r.SerialFrom!.Value + i).ToString(CultureInfo.InvariantCulture)}")]);
        e["childQuantityList"] = new JsonArray(new JsonObject { ["epcClass"] = RecordFields.LotClass(gtin, lot) });
        return (e, f, gtin, lot);
    }

    /// <summary>The SSCC for 17 digits (extension, company prefix, serial reference), for the form's "compute check digit".</summary>
    public static string? WithCheckDigit(string? body)
    {
        var digits = (body ?? "").Trim();
        return digits.Length == 17 && CheckDigit.AllDigits(digits) ? CheckDigit.Append(digits) : null;
    }
}
