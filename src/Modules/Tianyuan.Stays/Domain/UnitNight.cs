namespace Tianyuan.Stays.Domain;

/// <summary>
/// One night of one unit, taken by a booking or a block. Its primary key (unit, night) is what makes double
/// booking impossible: two transactions cannot both insert the same night, on SQLite or PostgreSQL (ADR 0007).
/// </summary>
sealed class UnitNight
{
    public Guid UnitId { get; init; }

    public DateOnly Night { get; init; }

    public Guid? BookingId { get; init; }

    public Guid? BlockId { get; init; }
}
