namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>Finds a booking for its guest or its stay's hosts; anyone else is told it does not exist.</summary>
static class BookingLookup
{
    public sealed record Found(Booking Booking, Stay Stay, bool IsGuest, bool IsHost);

    public static async Task<Found?> FindAsync(StaysDb db, Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (booking is null)
            return null;
        var stay = await db.Stays.AsNoTracking().FirstAsync(s => s.Id == booking.StayId, ct);
        var isGuest = booking.GuestUserId == user.UserId();
        var isHost = StayAccess.MayManage(user, stay);
        return isGuest || isHost ? new Found(booking, stay, isGuest, isHost) : null;
    }
}
