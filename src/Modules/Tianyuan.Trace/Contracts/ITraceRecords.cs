namespace Tianyuan.Trace.Contracts;

/// <summary>
/// Trace as other modules see it: whether a product (GTIN, optionally one lot) has a traceable history, and recording
/// a shipment of a lot as an EPCIS event. Events recorded here go through the same capture path as POST /epcis/events:
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
}
