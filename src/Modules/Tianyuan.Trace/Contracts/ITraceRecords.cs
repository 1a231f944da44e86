namespace Tianyuan.Trace.Contracts;

/// <summary>
/// Trace as other modules see it: whether a product (GTIN, optionally one lot) has a traceable history, and recording
/// a shipment of a lot, an operation on a field or a field's day of sensor readings as an EPCIS event. Events recorded here go through the same capture path as POST /epcis/events:
/// validated, hashed, deduplicated and added to the transparency log.
/// </summary>
public interface ITraceRecords
{
    /// <summary>
    /// The product's record, or null when Trace holds no event naming the GTIN (and the lot, when one is given) — for
    /// example so a shop can say "not yet traceable". Throws <see cref="ArgumentException"/> for a malformed GTIN or lot.
    /// </summary>
    Task<TraceRecordLink?> FindProductRecordAsync(string gtin, string? lot, CancellationToken ct);

    /// <summary>
    /// Records the shipment as an EPCIS ObjectEvent (bizStep shipping, disposition in_transit) and returns its eventID.
    /// Calling again with the same <see cref="TraceShipment.Reference"/> records nothing and returns the same eventID.
    /// Throws <see cref="ArgumentException"/> when the shipment is malformed (check digits, lot characters, missing reference).
    /// </summary>
    Task<string> RecordShipmentAsync(TraceShipment shipment, CancellationToken ct);

    /// <summary>
    /// Records a field operation (irrigation, fertilization, spraying, harvest into a lot) as an EPCIS ObjectEvent on the
    /// field, with the field as bizLocation, and returns its eventID. Calling again with the same
    /// <see cref="TraceFieldOperation.Reference"/> records nothing and returns the same eventID. Throws
    /// <see cref="ArgumentException"/> when the operation is malformed (unknown kind, missing product or dose, lot characters, check digits).
    /// </summary>
    Task<string> RecordFieldOperationAsync(TraceFieldOperation operation, CancellationToken ct);

    /// <summary>
    /// Records a field's day of sensor readings as an EPCIS ObjectEvent (bizStep sensor_reporting, sensorElementList) and
    /// returns its eventID; one per field and day, a second call records nothing. Throws <see cref="ArgumentException"/>
    /// when the day is malformed.
    /// </summary>
    Task<string> RecordFieldDayAsync(TraceFieldDay day, CancellationToken ct);
}
