namespace Tianyuan.Trace.Features.Record;

using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>
/// 病虫害报告: what the farmer found scouting the lot's field — the pest or disease, how bad (light, moderate, severe),
/// the share of the field affected and what was done about it. ObjectEvent OBSERVE on the lot with the private bizStep
/// https://tianyuan.example/voc/pest_scouting (CBV has none); the findings go in the extension ty:pestReport, which the
/// consumer timeline reads. Consumers see an honest record: a pest found and dealt with is part of the story, and a
/// spray recorded after it is explained by it.
/// </summary>
static class PestReportEvent
{
    public const string BizStep = RecordFields.Voc + "pest_scouting";
    public const string Extension = "ty:pestReport";
    public const int MaxPest = 40;

    /// <summary>The three degrees Chinese plant-protection stations report in (轻度 / 中度 / 重度).</summary>
    public static readonly IReadOnlyList<string> Severities = ["light", "moderate", "severe"];

    public sealed record Request(string? Gtin, string? Lot, string? Pest, string? Severity, decimal? AffectedPercent, string? Action, DateTime? At, string? Gln);

    /// <summary>A report as the consumer page shows it.</summary>
    public sealed record Finding(string Pest, string Severity, decimal AffectedPercent, string? Action);

    public static (JsonObject? Event, RecordFields Fields, string Gtin, string Lot) Build(Request r, DateTimeOffset now)
    {
        var f = new RecordFields();
        var gtin = f.Gtin("gtin", r.Gtin);
        var lot = f.Lot("lot", r.Lot);
        var pest = (r.Pest ?? "").Trim();
        var action = (r.Action ?? "").Trim();
        if (pest.Length is 0 or > MaxPest)
            f.Fail("pest", "ErrorPest", MaxPest);
        if (!Severities.Contains(r.Severity ?? ""))
            f.Fail("severity", "ErrorSeverity");
        if (r.AffectedPercent is not (>= 0 and <= 100))
            f.Fail("affectedPercent", "ErrorAffectedPercent");
        if (action.Length > InputEvent.MaxText)
            f.Fail("action", "ErrorPestAction", InputEvent.MaxText);
        var location = f.Location("gln", r.Gln);
        if (!f.Ok)
            return (null, f, gtin, lot);

        var e = RecordFields.Event("ObjectEvent", "OBSERVE", RecordFields.ChinaTime(r.At, now), BizStep, location);
        e["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = RecordFields.LotClass(gtin, lot) });
        var report = new JsonObject { ["ty:pest"] = pest, ["ty:severity"] = r.Severity, ["ty:affectedPercent"] = r.AffectedPercent };
        if (action.Length > 0)
            report["ty:action"] = action;
        e[Extension] = report;
        return (e, f, gtin, lot);
    }

    /// <summary>The stored event's findings, or null for any other event (or a partner's report missing the essentials).</summary>
    public static Finding? Read(JsonElement @event) =>
        @event.TryGetProperty(Extension, out var r) && r.ValueKind == JsonValueKind.Object
            && r.TryGetProperty("ty:pest", out var pest) && pest.ValueKind == JsonValueKind.String
            && r.TryGetProperty("ty:severity", out var severity) && severity.ValueKind == JsonValueKind.String
            && r.TryGetProperty("ty:affectedPercent", out var share) && share.TryGetDecimal(out var percent)
            ? new Finding(pest.GetString()!, severity.GetString()!, percent,
                r.TryGetProperty("ty:action", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null)
            : null;
}
