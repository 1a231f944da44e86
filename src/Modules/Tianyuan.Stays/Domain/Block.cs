namespace Tianyuan.Stays.Domain;

/// <summary>
/// Nights of a unit that are not for sale: closed by the host, or booked elsewhere as imported from an OTA's
/// calendar feed. A block is never a booking. Nights a block could not take (already booked here) are counted as
/// conflicts for the host to resolve.
/// </summary>
sealed class Block
{
    public const string HostSource = "host";
    public const string FeedSource = "ical";

    public Guid Id { get; init; }

    public Guid UnitId { get; init; }

    public required string Source { get; init; }

    public Guid? FeedId { get; init; }

    /// <summary>The VEVENT UID in the feed, to update or release the block when the feed changes.</summary>
    public string? ExternalUid { get; init; }

    public DateOnly Start { get; set; }

    /// <summary>Exclusive, like a check-out day.</summary>
    public DateOnly End { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>Nights of the range already taken by a booking here when the block arrived.</summary>
    public int ConflictNights { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
