namespace Tianyuan.Stays.Domain;

/// <summary>
/// A time-limited entry code issued through a lock provider for one booking's unit. A new code replaces the old
/// when the booking changes; cancelling the booking revokes it. The rows are also the lock's audit log.
/// </summary>
sealed class DoorCode
{
    public Guid Id { get; init; }

    public Guid BookingId { get; init; }

    public Guid UnitId { get; init; }

    public required string Provider { get; init; }

    public required string Code { get; init; }

    public DateTimeOffset ValidFrom { get; init; }

    public DateTimeOffset ValidUntil { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}
