namespace Tianyuan.Stays.Domain;

/// <summary>
/// After check-out the guest reviews the stay and the host reviews the guest: one of each per booking.
/// An operator can hide a review (moderation); hidden reviews stay on record.
/// </summary>
sealed class Review
{
    public const string GuestToStay = "guest";
    public const string HostToGuest = "host";

    public Guid Id { get; init; }

    public Guid BookingId { get; init; }

    public Guid StayId { get; init; }

    public required string Direction { get; init; }

    public int Rating { get; init; }

    public string Text { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? HiddenAt { get; set; }

    public string? HiddenReason { get; set; }
}
