namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Notifications;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/bookings/{id}/confirm and /decline: the host answers a request on a stay without instant
/// booking. The nights were held since the request; declining releases them and refunds in full.
/// </summary>
static class DecideRequest
{
    public static void Map(IEndpointRouteBuilder stays)
    {
        stays.MapPost("/bookings/{id:guid}/confirm", (Guid id, ClaimsPrincipal user, StaysDb db, StayNotifier notifier, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) => Decide(id, confirm: true, user, db, notifier, t, clock, ct))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("ConfirmBooking")
            .Produces<BookingView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        stays.MapPost("/bookings/{id:guid}/decline", (Guid id, ClaimsPrincipal user, StaysDb db, StayNotifier notifier, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) => Decide(id, confirm: false, user, db, notifier, t, clock, ct))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("DeclineBooking")
            .Produces<BookingView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    static async Task<IResult> Decide(Guid id, bool confirm, ClaimsPrincipal user, StaysDb db, StayNotifier notifier, IStringLocalizer<StaysText> t,
        TimeProvider clock, CancellationToken ct) =>
        (await ExecuteAsync(id, confirm, user, db, notifier, t, clock, ct)).ToHttpResult();

    public static async Task<Outcome<BookingView>> ExecuteAsync(Guid id, bool confirm, ClaimsPrincipal user, StaysDb db, StayNotifier notifier,
        IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        if (await BookingLookup.FindAsync(db, id, user, ct) is not { IsHost: true } found)
            return Outcome<BookingView>.NotFound(t["BookingNotFound", id]);
        var booking = found.Booking;
        var wanted = confirm ? BookingStatus.Confirmed : BookingStatus.Declined;
        if (booking.Status != BookingStatus.Requested)
        {
            return booking.Status == wanted
                ? Outcome<BookingView>.Ok(await BookingView.LoadAsync(db, booking, ct))
                : Outcome<BookingView>.Conflict("not-a-request", t["NotARequest", t["Status_" + booking.Status]]);
        }

        var now = clock.GetUtcNow();
        booking.Status = wanted;
        if (confirm)
        {
            booking.ConfirmedAt = now;
            notifier.ToGuest(db, booking, "Msg_Confirmed", found.Stay.NameZh, booking.CheckIn, booking.CheckOut);
        }
        else
        {
            booking.CancelledAt = now;
            booking.Refund = booking.Total;
            db.Nights.RemoveRange(await db.Nights.Where(n => n.BookingId == booking.Id).ToListAsync(ct));
            notifier.ToGuest(db, booking, "Msg_Declined", found.Stay.NameZh, booking.CheckIn);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<BookingView>.Ok(await BookingView.LoadAsync(db, booking, ct));
    }
}
