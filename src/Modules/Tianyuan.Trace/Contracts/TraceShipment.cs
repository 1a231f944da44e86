namespace Tianyuan.Trace.Contracts;

/// <summary>
/// A lot (or some of its numbered items) leaving for a buyer, as another module knows it.
/// </summary>
/// <param name="Reference">
/// The caller's idempotency key, namespaced by the caller (e.g. <c>market:order:2026-00042</c>): a second call with the
/// same reference records nothing. Up to 200 characters.
/// </param>
/// <param name="Gtin">GTIN-8, -12, -13 or -14 with a valid check digit.</param>
/// <param name="Lot">The lot (GS1 AI 10): 1 to 20 characters of GS1 character set 82.</param>
/// <param name="Quantity">How much of the lot ships, in <paramref name="Unit"/> (a UN/CEFACT code such as KGM), or a count when no unit is given; null when unknown.</param>
/// <param name="Serials">Serial numbers (GS1 AI 21) of the items shipped; the event then names their SGTINs as well as the lot.</param>
/// <param name="ShippedAt">When it left; now when null.</param>
/// <param name="ReadPointGln">Where the shipment was recorded (GLN), optional.</param>
/// <param name="BizLocationGln">The business location it left (GLN), optional.</param>
/// <param name="SourceGln">The party shipping (GLN), optional.</param>
/// <param name="DestinationGln">The party receiving (GLN), optional.</param>
public sealed record TraceShipment(
    string Reference,
    string Gtin,
    string Lot,
    decimal? Quantity = null,
    string? Unit = null,
    IReadOnlyList<string>? Serials = null,
    DateTimeOffset? ShippedAt = null,
    string? ReadPointGln = null,
    string? BizLocationGln = null,
    string? SourceGln = null,
    string? DestinationGln = null);
