namespace Tianyuan.Stays.Domain;

/// <summary>
/// An external calendar (Airbnb, Booking.com, another channel manager) pulled on a schedule into blocks on one unit.
/// A failed pull keeps the blocks it had and is retried; the host reads the outcome in the sync log.
/// </summary>
sealed class CalendarFeed
{
    public Guid Id { get; init; }

    public Guid UnitId { get; init; }

    public required string Name { get; set; }

    /// <summary>http(s) URL to pull; null for a feed the host uploads as a file.</summary>
    public string? Url { get; set; }

    public int IntervalMinutes { get; set; } = 15;

    public DateTimeOffset? LastPulledAt { get; set; }

    public DateTimeOffset? LastSucceededAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset NextPullAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One pull of a feed: what changed, or why it failed.</summary>
sealed class FeedSyncLog
{
    public Guid Id { get; init; }

    public Guid FeedId { get; init; }

    public DateTimeOffset At { get; init; }

    public int Added { get; init; }

    public int Changed { get; init; }

    public int Removed { get; init; }

    public int ConflictNights { get; init; }

    public string? Error { get; init; }
}
