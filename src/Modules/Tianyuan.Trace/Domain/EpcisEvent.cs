namespace Tianyuan.Trace.Domain;

/// <summary>
/// One captured EPCIS event: the columns SimpleEventQuery filters and sorts on, and the event itself as JSON (as
/// captured, with recordTime, its eventID and the document's extension prefixes added, so it can be served alone).
/// </summary>
sealed class EpcisEvent
{
    public Guid Id { get; set; }

    /// <summary>The CBV 2.0 Event Hash ID; unique, so the same event captured twice is stored once.</summary>
    public required string HashId { get; set; }

    /// <summary>eventID as the capturer gave it, or the hash ID when it gave none. Not unique: partners reuse them.</summary>
    public required string EventId { get; set; }

    public required string Type { get; set; }

    public DateTimeOffset EventTime { get; set; }

    public required string EventTimeZoneOffset { get; set; }

    public DateTimeOffset RecordTime { get; set; }

    public string? Action { get; set; }

    /// <summary>bizStep as a full URI (a bare CBV word becomes https://ref.gs1.org/cbv/BizStep-word), so either form matches.</summary>
    public string? BizStep { get; set; }

    /// <summary>disposition as a full URI, like <see cref="BizStep"/>.</summary>
    public string? Disposition { get; set; }

    /// <summary>readPoint id, GS1 keys as canonical Digital Links so URN and Digital Link queries both match.</summary>
    public string? ReadPoint { get; set; }

    public string? BizLocation { get; set; }

    public required string Json { get; set; }

    public Guid CaptureId { get; set; }

    public List<EpcisEventEpc> Epcs { get; set; } = [];
}

/// <summary>An identifier an event names, with the field it stands in, for the MATCH_ query parameters.</summary>
sealed class EpcisEventEpc
{
    public Guid EventId { get; set; }

    /// <summary>The event field: epcList, parentID, childEPCs, inputEPCList, outputEPCList or one of the quantity lists.</summary>
    public required string Role { get; set; }

    /// <summary>GS1 keys as canonical Digital Links (see <see cref="Epcis.Identifiers"/>), other URIs as given.</summary>
    public required string Epc { get; set; }
}
