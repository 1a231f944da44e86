namespace Tianyuan.Stays.Domain;

/// <summary>
/// Cleaning a unit after a check-out. The unit is dirty (off sale for same-day arrivals) until the task is done or
/// the host overrides. A task whose unit has an arrival the same day is flagged as a turnover.
/// </summary>
sealed class HousekeepingTask
{
    /// <summary>Checklist item keys; labels come from resources (Check_{key}).</summary>
    public static readonly IReadOnlyList<string> ChecklistKeys = ["linen", "bathroom", "floor", "rubbish", "supplies", "windows"];

    public Guid Id { get; init; }

    public Guid StayId { get; init; }

    public Guid UnitId { get; init; }

    public Guid BookingId { get; init; }

    public DateOnly Day { get; init; }

    public bool SameDayTurnover { get; set; }

    /// <summary>Who cleans: often a neighbour without an account, reached by phone with a link to the task.</summary>
    public string? CleanerName { get; set; }

    public string? CleanerPhone { get; set; }

    /// <summary>SHA-256 of the token in the cleaner's link (the link is sent, never stored).</summary>
    public byte[]? CleanerTokenHash { get; set; }

    /// <summary>Comma-separated checklist keys ticked when the task was done.</summary>
    public string Checked { get; set; } = "";

    /// <summary>The cleaned room as the cleaner photographed it, re-encoded like listing photos.</summary>
    public byte[]? Photo { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DoneAt { get; set; }

    /// <summary>The host released the unit without the task being done.</summary>
    public DateTimeOffset? OverriddenAt { get; set; }

    /// <summary>The booking behind it was cancelled before anyone cleaned.</summary>
    public DateTimeOffset? CancelledAt { get; set; }

    public bool IsOpen => DoneAt is null && OverriddenAt is null && CancelledAt is null;
}
