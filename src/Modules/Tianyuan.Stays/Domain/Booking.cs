namespace Tianyuan.Stays.Domain;

/// <summary>
/// A guest's stay on one unit for a range of nights, priced when it was made. Its nights are rows of
/// <see cref="UnitNight"/> for as long as it is active (Requested, Confirmed, CheckedIn).
/// </summary>
sealed class Booking
{
    public Guid Id { get; init; }

    public Guid StayId { get; init; }

    public Guid UnitTypeId { get; init; }

    /// <summary>Changes only when new dates move the booking to another unit of the same type.</summary>
    public Guid UnitId { get; set; }

    public Guid GuestUserId { get; init; }

    public required string GuestName { get; set; }

    /// <summary>The guest may change it after booking; the check-in pack and messages follow it.</summary>
    public required string GuestPhone { get; set; }

    public int Guests { get; init; }

    public DateOnly CheckIn { get; set; }

    /// <summary>Exclusive: the morning the guest leaves.</summary>
    public DateOnly CheckOut { get; set; }

    public string Status { get; set; } = BookingStatus.Requested;

    public decimal Total { get; set; }

    /// <summary>The quote as the guest saw it (per-night JSON), so later rate changes never rewrite a booking.</summary>
    public required string PriceBreakdown { get; set; }

    /// <summary>The policy name as agreed when booking.</summary>
    public required string CancellationPolicy { get; init; }

    public decimal? Refund { get; set; }

    /// <summary>The client's Idempotency-Key; unique per guest, so a retried POST finds this booking again.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Hash of the request body sent with that key: the same key with a different body is refused.</summary>
    public byte[]? RequestHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? CheckedInAt { get; set; }

    public DateTimeOffset? CheckedOutAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public int Nights => CheckOut.DayNumber - CheckIn.DayNumber;

    public bool HoldsNights => BookingStatus.Active.Contains(Status);
}

static class BookingStatus
{
    public const string Requested = nameof(Requested);
    public const string Confirmed = nameof(Confirmed);
    public const string CheckedIn = nameof(CheckedIn);
    public const string CheckedOut = nameof(CheckedOut);
    public const string Cancelled = nameof(Cancelled);
    public const string Declined = nameof(Declined);
    public const string NoShow = nameof(NoShow);

    public static readonly IReadOnlyList<string> All = [Requested, Confirmed, CheckedIn, CheckedOut, Cancelled, Declined, NoShow];

    /// <summary>States that hold their nights.</summary>
    public static readonly IReadOnlyList<string> Active = [Requested, Confirmed, CheckedIn];
}
