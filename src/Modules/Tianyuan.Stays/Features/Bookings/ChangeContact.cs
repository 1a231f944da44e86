namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Notifications;
using Tianyuan.Stays.Resources;

/// <summary>
/// PUT /api/stays/bookings/{id}/contact: the guest changes the name or phone on an upcoming booking; later messages
/// (and the door code notice) go to the new number, and the host is told.
/// </summary>
static class ChangeContact
{
    public sealed record Request(string? GuestName, string? GuestPhone);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPut("/bookings/{id:guid}/contact", async (Guid id, Request request, ClaimsPrincipal user, StaysDb db, StayNotifier notifier,
                IStringLocalizer<StaysText> t, CancellationToken ct) => (await ExecuteAsync(id, request, user, db, notifier, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ChangeContact))
            .Produces<BookingView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<BookingView>> ExecuteAsync(Guid id, Request r, ClaimsPrincipal user, StaysDb db, StayNotifier notifier,
        IStringLocalizer<StaysText> t, CancellationToken ct)
    {
        if (await BookingLookup.FindAsync(db, id, user, ct) is not { IsGuest: true } found)
            return Outcome<BookingView>.NotFound(t["BookingNotFound", id]);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.GuestName) || r.GuestName.Trim().Length > 40)
            errors["guestName"] = [t["GuestNameRequired"]];
        if (string.IsNullOrWhiteSpace(r.GuestPhone) || !ChinaPhone.IsValid(r.GuestPhone.Trim()))
            errors["guestPhone"] = [t["GuestPhoneInvalid"]];
        if (errors.Count > 0)
            return Outcome<BookingView>.Invalid(errors);
        var booking = found.Booking;
        if (!booking.HoldsNights)
            return Outcome<BookingView>.Conflict("booking-closed", t["BookingClosed", t["Status_" + booking.Status]]);

        booking.GuestName = r.GuestName!.Trim();
        booking.GuestPhone = r.GuestPhone!.Trim();
        notifier.ToHost(db, booking, "Msg_ContactChanged", booking.GuestName, booking.CheckIn);
        await db.SaveChangesAsync(ct);
        return Outcome<BookingView>.Ok(await BookingView.LoadAsync(db, booking, ct));
    }
}
