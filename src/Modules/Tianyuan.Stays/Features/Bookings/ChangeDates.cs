namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.GuestLoop;
using Tianyuan.Stays.Inventory;
using Tianyuan.Stays.Notifications;
using Tianyuan.Stays.Pricing;
using Tianyuan.Stays.Resources;
using Unit = Tianyuan.Stays.Domain.Unit;

/// <summary>
/// POST /api/stays/bookings/{id}/dates: the guest or host moves an upcoming booking. In one transaction the old
/// nights are released, the new ones taken (on the same unit if it is free, else another of the type), the price is
/// quoted again, and a door code already issued is revoked so that the next one follows the new dates (lock add-ons
/// that forget this let guests in on the old dates).
/// </summary>
static class ChangeDates
{
    public sealed record Request(DateOnly? CheckIn, DateOnly? CheckOut);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/bookings/{id:guid}/dates", async (Guid id, Request request, ClaimsPrincipal user, StaysDb db, DoorCodes doorCodes, StayNotifier notifier,
                IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, user, db, doorCodes, notifier, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ChangeDates))
            .Produces<BookingView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<BookingView>> ExecuteAsync(Guid id, Request r, ClaimsPrincipal user, StaysDb db, DoorCodes doorCodes,
        StayNotifier notifier, IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        if (await BookingLookup.FindAsync(db, id, user, ct) is not { } found)
            return Outcome<BookingView>.NotFound(t["BookingNotFound", id]);
        var booking = found.Booking;
        if (booking.Status is not (BookingStatus.Requested or BookingStatus.Confirmed))
            return Outcome<BookingView>.Conflict("booking-closed", t["BookingClosed", t["Status_" + booking.Status]]);
        var errors = new Dictionary<string, string[]>();
        StayRequestRules.CheckDates(errors, r.CheckIn, r.CheckOut, clock.Today(), t, "checkIn", "checkOut");
        if (errors.Count > 0)
            return Outcome<BookingView>.Invalid(errors);
        var type = await db.UnitTypes.AsNoTracking().Include(u => u.Seasons).FirstAsync(u => u.Id == booking.UnitTypeId, ct);
        var (checkIn, checkOut) = (r.CheckIn!.Value, r.CheckOut!.Value);
        var quote = Quoting.For(type, checkIn, checkOut, booking.Guests);
        StayRequestRules.CheckMinNights(errors, quote, "checkOut", t);
        if (errors.Count > 0)
            return Outcome<BookingView>.Invalid(errors);

        // The booking's own nights count as free for it: candidates are units free apart from this booking.
        var taken = db.Nights.Where(n => n.Night >= checkIn && n.Night < checkOut && n.BookingId != booking.Id).Select(n => n.UnitId);
        var units = await db.Units.AsNoTracking().Where(u => u.UnitTypeId == type.Id && !taken.Contains(u.Id))
            .OrderBy(u => u.Id == booking.UnitId ? 0 : 1).ThenBy(u => u.Label).ToListAsync(ct);
        foreach (var unit in units)
        {
            if (await TryMoveAsync(db, doorCodes, notifier, found, unit, checkIn, checkOut, quote, clock, ct))
                return Outcome<BookingView>.Ok(BookingView.From(found.Booking, unit.Label));
            found = (await BookingLookup.FindAsync(db, id, user, ct))!;
        }

        return Outcome<BookingView>.Conflict("no-availability", t["NoUnitFree", type.NameZh, checkIn, checkOut], "checkIn");
    }

    static async Task<bool> TryMoveAsync(StaysDb db, DoorCodes doorCodes, StayNotifier notifier, BookingLookup.Found found, Unit unit,
        DateOnly checkIn, DateOnly checkOut, Quote quote, TimeProvider clock, CancellationToken ct)
    {
        var booking = found.Booking;
        db.Nights.RemoveRange(await db.Nights.Where(n => n.BookingId == booking.Id).ToListAsync(ct));
        await doorCodes.RevokeAsync(db, booking, clock.GetUtcNow(), ct);
        booking.UnitId = unit.Id;
        booking.CheckIn = checkIn;
        booking.CheckOut = checkOut;
        booking.Total = quote.Total;
        booking.PriceBreakdown = JsonSerializer.Serialize(quote);
        notifier.ToGuest(db, booking, "Msg_DatesChanged", found.Stay.NameZh, checkIn, checkOut, quote.Total);
        notifier.ToHost(db, booking, "Msg_GuestDatesChanged", booking.GuestName, checkIn, checkOut);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // Release first, then take: the new range may overlap the old one on the same unit.
            await db.SaveChangesAsync(ct);
            for (var night = checkIn; night < checkOut; night = night.AddDays(1))
                db.Nights.Add(new UnitNight { UnitId = unit.Id, Night = night, BookingId = booking.Id });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
