namespace Tianyuan.Trace.Domain;

/// <summary>
/// One view of a serialised item's consumer page (a phone scanning the QR on a box). Who scanned is kept only as a
/// coarse, irreversible source: a keyed hash of the network (IPv4 /24, IPv6 /48) and the browser's user agent, so
/// many phones can be told apart from one phone scanning twice without storing anyone's address.
/// </summary>
sealed class Scan
{
    public Guid Id { get; set; }

    /// <summary>GTIN-14.</summary>
    public required string Gtin { get; set; }

    public required string Serial { get; set; }

    public DateTimeOffset ScannedAt { get; set; }

    /// <summary>Hex of the keyed hash of network and user agent.</summary>
    public required string Source { get; set; }
}

/// <summary>
/// A serial scanned from implausibly many sources: a copied label is the likely cause. Kept for the producer (there
/// is no producer-notification contract yet, so this row and a warning log line are the alert). One per serial.
/// </summary>
sealed class ScanAlert
{
    public Guid Id { get; set; }

    public required string Gtin { get; set; }

    public required string Serial { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>How many distinct sources had scanned it within the window when the alert was raised.</summary>
    public int DistinctSources { get; set; }
}
