namespace Tianyuan.Stays.GuestLoop;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>
/// Door codes follow their booking: issued on the day of arrival (not earlier, so a code never sits in an inbox for
/// weeks), valid from the stay's check-in time to its check-out time in China time, revoked on cancellation or
/// check-out. Callers save the changes in their own transaction.
/// </summary>
sealed class DoorCodes(ILockProvider locks, TimeProvider clock)
{
    /// <summary>The booking's current code, issuing one when the arrival day has come and none is live.</summary>
    public async Task<DoorCode?> CurrentAsync(StaysDb db, Booking booking, Stay stay, CancellationToken ct)
    {
        var live = await db.DoorCodes.Where(d => d.BookingId == booking.Id && d.RevokedAt == null).OrderByDescending(d => d.IssuedAt).FirstOrDefaultAsync(ct);
        if (live is not null || !IsDue(booking, clock.Today()))
            return live;
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == booking.UnitId, ct);
        var (from, until) = Window(booking, stay);
        var code = new DoorCode
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), BookingId = booking.Id, UnitId = unit.Id, Provider = locks.Name,
            Code = await locks.IssueAsync(unit, from, until, ct), ValidFrom = from, ValidUntil = until, IssuedAt = clock.GetUtcNow(),
        };
        db.DoorCodes.Add(code);
        return code;
    }

    public async Task RevokeAsync(StaysDb db, Booking booking, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var code in await db.DoorCodes.Where(d => d.BookingId == booking.Id && d.RevokedAt == null).ToListAsync(ct))
        {
            var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == code.UnitId, ct);
            await locks.RevokeAsync(unit, code.Code, ct);
            code.RevokedAt = now;
        }
    }

    /// <summary>Codes go out on the arrival day and while the guest is in.</summary>
    public static bool IsDue(Booking booking, DateOnly today) =>
        booking.Status is BookingStatus.Confirmed or BookingStatus.CheckedIn && today >= booking.CheckIn && today < booking.CheckOut;

    public static (DateTimeOffset From, DateTimeOffset Until) Window(Booking booking, Stay stay) =>
        (ChinaTime.At(booking.CheckIn, stay.CheckInFrom), ChinaTime.At(booking.CheckOut, stay.CheckOutBy));
}
