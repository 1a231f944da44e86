namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.GuestLoop;
using Tianyuan.Stays.Notifications;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/bookings/{id}/cancel: the guest (or the stay's host) cancels before arrival. The refund follows
/// the policy agreed at booking; the nights are released, the door code revoked and an open housekeeping task
/// cancelled, all in one transaction. Cancelling twice answers with the same cancelled booking.
/// </summary>
static class CancelBooking
{
    public sealed record Response(Guid Id, string Status, decimal Total, int RefundPercent, decimal Refund, string Currency);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/bookings/{id:guid}/cancel", async (Guid id, ClaimsPrincipal user, StaysDb db, DoorCodes doorCodes, StayNotifier notifier,
                IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, doorCodes, notifier, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CancelBooking))
            .WithSummary("Cancel a booking; the response carries the refund computed from its cancellation policy.")
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, ClaimsPrincipal user, StaysDb db, DoorCodes doorCodes, StayNotifier notifier,
        IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        if (await BookingLookup.FindAsync(db, id, user, ct) is not { } found)
            return Outcome<Response>.NotFound(t["BookingNotFound", id]);
        var (booking, stay, isGuest) = (found.Booking, found.Stay, found.IsGuest);
        if (booking.Status == BookingStatus.Cancelled)
            return Outcome<Response>.Ok(ResponseFor(booking));
        if (booking.Status is not (BookingStatus.Requested or BookingStatus.Confirmed))
            return Outcome<Response>.Conflict("booking-not-cancellable", t["NotCancellable", t["Status_" + booking.Status]]);

        // A host cancelling (or a request never confirmed) refunds in full: the guest did nothing wrong.
        var policy = CancellationPolicy.Named(booking.CancellationPolicy);
        var (percent, refund) = isGuest && booking.Status == BookingStatus.Confirmed
            ? policy.RefundFor(Money.Yuan(booking.Total), booking.CheckIn, clock.Today())
            : (100, Money.Yuan(booking.Total));
        var now = clock.GetUtcNow();
        booking.Status = BookingStatus.Cancelled;
        booking.CancelledAt = now;
        booking.Refund = refund.Amount;
        db.Nights.RemoveRange(await db.Nights.Where(n => n.BookingId == booking.Id).ToListAsync(ct));
        await doorCodes.RevokeAsync(db, booking, now, ct);
        foreach (var task in await db.Housekeeping.Where(h => h.BookingId == booking.Id && h.DoneAt == null && h.OverriddenAt == null).ToListAsync(ct))
            task.CancelledAt = now;
        notifier.ToGuest(db, booking, "Msg_Cancelled", stay.NameZh, refund.Amount);
        notifier.ToHost(db, booking, "Msg_GuestCancelled", booking.GuestName, booking.CheckIn);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(ResponseFor(booking, percent));
    }

    static Response ResponseFor(Booking b, int? percent = null) =>
        new(b.Id, b.Status, b.Total, percent ?? PercentOf(b), b.Refund ?? 0, Money.Currency);

    static int PercentOf(Booking b) => b.Total == 0 ? 0 : (int)Math.Round((b.Refund ?? 0) * 100 / b.Total);
}
