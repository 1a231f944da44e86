namespace Tianyuan.Trace.Features.Resolver;

using System.Text.Json;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Features.Record;
using Tianyuan.Trace.Gs1;

/// <summary>
/// One step of an item's story as the consumer page shows it, read from a stored event: the step, where, the sensor
/// values, a pest report's findings and a grading's grades; <see cref="FromLot"/> names the lot the item was made from
/// when the event is about that lot rather than the item's own.
/// </summary>
sealed record TimelineEntry(
    string HashId, DateTimeOffset At, string? BizStep, string? Disposition, string? ReadPoint, string? BizLocation, IReadOnlyList<SensorSummary> Sensors,
    PestReportEvent.Finding? Pest, IReadOnlyList<GradeEvent.Share> Grades, string? FromLot)
{
    public static TimelineEntry From(EpcisEvent e, Lineage lineage)
    {
        using var json = JsonDocument.Parse(e.Json);
        // A farm's field has no GS1 location key; the event may name it for people (ty:fieldName), which beats its URI.
        var field = json.RootElement.TryGetProperty(FieldOperationEvent.FieldNameExtension, out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return new(e.HashId, e.EventTime, Word(e.BizStep, "BizStep-"), Word(e.Disposition, "Disp-"), field ?? Place(e.ReadPoint), field ?? Place(e.BizLocation),
            SensorSummary.Of(json.RootElement), PestReportEvent.Read(json.RootElement), GradeEvent.Read(json.RootElement), AncestorLot(e, lineage));
    }

    /// <summary>The lot of the ancestor the event names, when it names none of the item's own identifiers.</summary>
    static string? AncestorLot(EpcisEvent e, Lineage lineage) =>
        e.Epcs.Any(x => lineage.Own.Contains(x.Epc)) ? null
        : e.Epcs.Select(x => x.Epc).FirstOrDefault(lineage.Ancestors.Contains) is { } ancestor && DigitalLink.Parse(ancestor) is { Ok: true } key
            ? key.Value.Qualifier("10")
            : null;

    /// <summary>
    /// The word of a stored vocabulary URI: https://ref.gs1.org/cbv/BizStep-shipping → shipping, and a private one's
    /// last segment (CBV has no harvesting, so farm systems send e.g. https://example.cn/voc/harvesting → harvesting).
    /// </summary>
    static string? Word(string? uri, string marker) =>
        uri is null ? null
        : uri.LastIndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? uri[(at + marker.Length)..]
        : uri[(uri.LastIndexOfAny(['/', ':', '#']) + 1)..];

    /// <summary>A location as its GS1 element string ((414)9521141000015(254)1); there is no location master data to name it yet.</summary>
    static string? Place(string? id) =>
        id is null ? null : DigitalLink.Parse(id) is { Ok: true } key ? key.Value.ToString() : id;
}
