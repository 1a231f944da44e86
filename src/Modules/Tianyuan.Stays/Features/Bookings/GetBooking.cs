namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Resources;

/// <summary>GET /api/stays/bookings/{id} and /pack: a booking and its check-in pack, for its guest or host.</summary>
static class GetBooking
{
    public static void Map(IEndpointRouteBuilder stays)
    {
        stays.MapGet("/bookings/{id:guid}", async (Guid id, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t, CancellationToken ct) =>
                await BookingLookup.FindAsync(db, id, user, ct) is { } found
                    ? Results.Ok(await BookingView.LoadAsync(db, found.Booking, ct))
                    : Problems.NotFound("booking", id))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetBooking))
            .Produces<BookingView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        stays.MapGet("/bookings/{id:guid}/pack", async (Guid id, ClaimsPrincipal user, StaysDb db, CancellationToken ct) =>
            {
                if (await BookingLookup.FindAsync(db, id, user, ct) is not { } found)
                    return Problems.NotFound("booking", id);
                var code = await db.DoorCodes.AsNoTracking().Where(d => d.BookingId == id && d.RevokedAt == null)
                    .OrderByDescending(d => d.IssuedAt).FirstOrDefaultAsync(ct);
                return Results.Ok(await CheckInPack.ForAsync(db, found.Booking, found.Stay, code, ct));
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName("GetCheckInPack")
            .WithSummary("The check-in pack; the door code appears on the arrival day (issued by the door-code job or at self check-in).")
            .Produces<CheckInPack>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
