namespace Tianyuan.Stays.Features.Host;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>
/// GET /api/stays/hosting/today: arrivals, departures and guests in house today across the host's stays, and the
/// booking requests waiting for the host's answer.
/// </summary>
static class GetHostToday
{
    public sealed record Guest(Guid BookingId, string StayName, string Unit, string GuestName, string GuestPhone, int Guests,
        DateOnly CheckIn, DateOnly CheckOut, string Status);

    public sealed record Response(DateOnly Today, IReadOnlyList<Guest> Arrivals, IReadOnlyList<Guest> Departures, IReadOnlyList<Guest> InHouse,
        IReadOnlyList<Guest> Requests);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/hosting/today", async (ClaimsPrincipal user, StaysDb db, TimeProvider clock, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(user, db, clock, ct)))
            .RequireAuthorization(Tianyuan.Kernel.Access.Policies.SignedIn)
            .WithName(nameof(GetHostToday))
            .Produces<Response>();

    public static async Task<Response> ExecuteAsync(ClaimsPrincipal user, StaysDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.Today();
        var relevant = await (from b in db.Bookings.AsNoTracking()
                              join s in db.Stays.ManagedBy(user) on b.StayId equals s.Id
                              join u in db.Units on b.UnitId equals u.Id
                              where b.CheckIn <= today && b.CheckOut >= today
                                  && (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.CheckedIn || b.Status == BookingStatus.CheckedOut)
                              orderby s.NameZh, u.Label
                              select new Guest(b.Id, s.NameZh, u.Label, b.GuestName, b.GuestPhone, b.Guests, b.CheckIn, b.CheckOut, b.Status))
            .ToListAsync(ct);
        var requests = await (from b in db.Bookings.AsNoTracking()
                              join s in db.Stays.ManagedBy(user) on b.StayId equals s.Id
                              join u in db.Units on b.UnitId equals u.Id
                              where b.Status == BookingStatus.Requested
                              orderby b.CheckIn
                              select new Guest(b.Id, s.NameZh, u.Label, b.GuestName, b.GuestPhone, b.Guests, b.CheckIn, b.CheckOut, b.Status))
            .Take(100).ToListAsync(ct);
        return new Response(today,
            [.. relevant.Where(g => g.CheckIn == today && g.Status != BookingStatus.CheckedOut)],
            [.. relevant.Where(g => g.CheckOut == today || (g.Status == BookingStatus.CheckedOut && g.CheckIn <= today && g.CheckOut > today))],
            [.. relevant.Where(g => g.Status == BookingStatus.CheckedIn)], requests);
    }
}
