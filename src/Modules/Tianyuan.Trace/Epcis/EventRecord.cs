namespace Tianyuan.Trace.Epcis;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tianyuan.Trace.Domain;

/// <summary>Turns one valid event of a capture document into the row that stores it.</summary>
static class EventRecord
{
    public static EpcisEvent From(JsonElement @event, EpcisDocument document, DateTimeOffset recordTime, Guid captureId)
    {
        var hash = EventHash.Compute(@event, document.Prefixes);
        var eventId = EventFields.String(@event, "eventID") ?? hash;
        var id = Guid.CreateVersion7(recordTime);
        return new EpcisEvent
        {
            Id = id,
            HashId = hash,
            EventId = eventId,
            Type = EventFields.String(@event, "type")!,
            EventTime = DateTimeOffset.Parse(EventFields.String(@event, "eventTime")!, CultureInfo.InvariantCulture).ToUniversalTime(),
            EventTimeZoneOffset = EventFields.String(@event, "eventTimeZoneOffset")!,
            RecordTime = recordTime,
            Action = EventFields.String(@event, "action"),
            BizStep = Vocabulary.BizStep(EventFields.String(@event, "bizStep"), document.Prefixes),
            Disposition = Vocabulary.Disposition(EventFields.String(@event, "disposition"), document.Prefixes),
            ReadPoint = Location(@event, EventFields.ReadPoint),
            BizLocation = Location(@event, EventFields.BizLocation),
            Json = Normalised(@event, document, eventId, recordTime),
            CaptureId = captureId,
            Epcs = [.. EventFields.Identifiers(@event)
                .Where(x => x.Role is not (EventFields.ReadPoint or EventFields.BizLocation))
                .Select(x => (x.Role, Epc: Identifiers.Canonical(x.Value)))
                .Distinct()
                .Select(x => new EpcisEventEpc { EventId = id, Role = x.Role, Epc = x.Epc })],
        };
    }

    /// <summary>"2026-07-22T04:45:00.000Z": how recordTime is written into stored events.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    static string? Location(JsonElement @event, string field) =>
        @event.TryGetProperty(field, out var l) && EventFields.String(l, "id") is { } id ? Identifiers.Canonical(id) : null;

    /// <summary>
    /// The event as captured, plus what it needs to stand alone: the repository's recordTime, an eventID (the hash when
    /// none was given) and, when the document declared extension prefixes, that context on the event itself.
    /// </summary>
    static string Normalised(JsonElement @event, EpcisDocument document, string eventId, DateTimeOffset recordTime)
    {
        var node = JsonNode.Parse(@event.GetRawText())!.AsObject();
        node["eventID"] = eventId;
        node["recordTime"] = Time(recordTime);
        if (document.ExtraContext is { } extra && !node.ContainsKey("@context"))
            node["@context"] = extra.DeepClone();
        return node.ToJsonString();
    }
}
