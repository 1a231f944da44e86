namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.GuestLoop;
using Tianyuan.Stays.Notifications;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/bookings/{id}/check-in: the guest checks themselves in from their phone on the arrival day
/// (no host at the door). The door code is issued if it has not been yet. Repeating it is harmless.
/// </summary>
static class CheckInGuest
{
    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/bookings/{id:guid}/check-in", async (Guid id, ClaimsPrincipal user, StaysDb db, DoorCodes doorCodes, StayNotifier notifier,
                IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, doorCodes, notifier, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CheckInGuest))
            .WithSummary("Self check-in on the arrival day; the response is the check-in pack with the door code.")
            .Produces<CheckInPack>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<CheckInPack>> ExecuteAsync(Guid id, ClaimsPrincipal user, StaysDb db, DoorCodes doorCodes, StayNotifier notifier,
        IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        if (await BookingLookup.FindAsync(db, id, user, ct) is not { } found)
            return Outcome<CheckInPack>.NotFound(t["BookingNotFound", id]);
        var (booking, stay) = (found.Booking, found.Stay);
        if (booking.Status == BookingStatus.Confirmed)
        {
            var today = clock.Today();
            if (today < booking.CheckIn)
                return Outcome<CheckInPack>.Conflict("too-early", t["CheckInNotYet", booking.CheckIn]);
            if (today >= booking.CheckOut)
                return Outcome<CheckInPack>.Conflict("stay-over", t["StayOver"]);
            booking.Status = BookingStatus.CheckedIn;
            booking.CheckedInAt = clock.GetUtcNow();
            notifier.ToHost(db, booking, "Msg_CheckedIn", booking.GuestName);
        }
        else if (booking.Status != BookingStatus.CheckedIn)
            return Outcome<CheckInPack>.Conflict("booking-not-confirmed", t["NotCheckInable", t["Status_" + booking.Status]]);

        var code = await doorCodes.CurrentAsync(db, booking, stay, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<CheckInPack>.Ok(await CheckInPack.ForAsync(db, booking, stay, code, ct));
    }
}
