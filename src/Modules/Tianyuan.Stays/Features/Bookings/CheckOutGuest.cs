namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Stays.Contracts;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.GuestLoop;
using Tianyuan.Stays.Notifications;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/bookings/{id}/check-out: the guest (or host) checks out. Nights from today on are released,
/// the door code is revoked, the unit turns dirty and a housekeeping task is created for today, flagged when
/// another guest arrives on the same unit today; <see cref="GuestCheckedOut"/> goes to the outbox. All in one transaction.
/// </summary>
static class CheckOutGuest
{
    public sealed record Response(Guid Id, string Status, Guid HousekeepingTaskId, bool SameDayTurnover);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/bookings/{id:guid}/check-out", async (Guid id, ClaimsPrincipal user, StaysDb db, DoorCodes doorCodes, StayNotifier notifier,
                IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, doorCodes, notifier, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CheckOutGuest))
            .WithSummary("Check out: releases the remaining nights, revokes the door code, creates the housekeeping task.")
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, ClaimsPrincipal user, StaysDb db, DoorCodes doorCodes, StayNotifier notifier,
        IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        if (await BookingLookup.FindAsync(db, id, user, ct) is not { } found)
            return Outcome<Response>.NotFound(t["BookingNotFound", id]);
        var booking = found.Booking;
        if (booking.Status == BookingStatus.CheckedOut)
        {
            var existing = await db.Housekeeping.AsNoTracking().FirstAsync(h => h.BookingId == booking.Id, ct);
            return Outcome<Response>.Ok(new Response(booking.Id, booking.Status, existing.Id, existing.SameDayTurnover));
        }

        if (booking.Status != BookingStatus.CheckedIn)
            return Outcome<Response>.Conflict("not-checked-in", t["NotCheckedIn"]);

        var now = clock.GetUtcNow();
        var today = clock.Today();
        booking.Status = BookingStatus.CheckedOut;
        booking.CheckedOutAt = now;
        db.Nights.RemoveRange(await db.Nights.Where(n => n.BookingId == booking.Id && n.Night >= today).ToListAsync(ct));
        await doorCodes.RevokeAsync(db, booking, now, ct);
        var unit = await db.Units.FirstAsync(u => u.Id == booking.UnitId, ct);
        unit.Housekeeping = HousekeepingState.Dirty;
        var turnover = await db.Bookings.AnyAsync(b => b.UnitId == unit.Id && b.Id != booking.Id && b.CheckIn == today
            && BookingStatus.Active.Contains(b.Status), ct);
        var task = new HousekeepingTask
        {
            Id = Guid.CreateVersion7(now), StayId = booking.StayId, UnitId = unit.Id, BookingId = booking.Id, Day = today,
            SameDayTurnover = turnover, CreatedAt = now,
        };
        db.Housekeeping.Add(task);
        notifier.ToHost(db, booking, turnover ? "Msg_CheckedOutTurnover" : "Msg_CheckedOut", booking.GuestName, unit.Label);
        notifier.ToGuest(db, booking, "Msg_Thanks", found.Stay.NameZh);
        db.Publish(new GuestCheckedOut(booking.Id, booking.GuestUserId, found.Stay.Id, found.Stay.OrganisationId, found.Stay.RegionCode, now), clock);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(new Response(booking.Id, booking.Status, task.Id, turnover));
    }
}
