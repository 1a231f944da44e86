namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.GuestLoop;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/bookings/{id}/no-show: from the day after arrival, the host records that a confirmed guest never
/// came. The remaining nights go back on sale and the door code is revoked; nothing is refunded (the policy's
/// "on the day" rule already applied).
/// </summary>
static class MarkNoShow
{
    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/bookings/{id:guid}/no-show", async (Guid id, ClaimsPrincipal user, StaysDb db, DoorCodes doorCodes, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(id, user, db, doorCodes, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(MarkNoShow))
            .Produces<BookingView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<BookingView>> ExecuteAsync(Guid id, ClaimsPrincipal user, StaysDb db, DoorCodes doorCodes, IStringLocalizer<StaysText> t,
        TimeProvider clock, CancellationToken ct)
    {
        if (await BookingLookup.FindAsync(db, id, user, ct) is not { IsHost: true } found)
            return Outcome<BookingView>.NotFound(t["BookingNotFound", id]);
        var booking = found.Booking;
        var today = clock.Today();
        if (booking.Status != BookingStatus.Confirmed)
            return Outcome<BookingView>.Conflict("not-confirmed", t["NotCheckInable", t["Status_" + booking.Status]]);
        if (today <= booking.CheckIn)
            return Outcome<BookingView>.Conflict("too-early", t["NoShowTooEarly", booking.CheckIn]);

        booking.Status = BookingStatus.NoShow;
        booking.Refund = 0;
        db.Nights.RemoveRange(await db.Nights.Where(n => n.BookingId == booking.Id && n.Night >= today).ToListAsync(ct));
        await doorCodes.RevokeAsync(db, booking, clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return Outcome<BookingView>.Ok(await BookingView.LoadAsync(db, booking, ct));
    }
}
