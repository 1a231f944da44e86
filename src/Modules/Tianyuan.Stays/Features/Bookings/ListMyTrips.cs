namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;

/// <summary>GET /api/stays/bookings/mine: the signed-in guest's bookings, upcoming first, then the past.</summary>
static class ListMyTrips
{
    public sealed record Trip(Guid Id, string Status, Guid StayId, string StayName, string StayNameEn, string UnitType, string Unit,
        DateOnly CheckIn, DateOnly CheckOut, int Guests, decimal Total, decimal? Refund);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/bookings/mine", async (ClaimsPrincipal user, StaysDb db, TimeProvider clock, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(user, db, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListMyTrips))
            .Produces<IReadOnlyList<Trip>>();

    public const int Limit = 200;

    public static async Task<IReadOnlyList<Trip>> ExecuteAsync(ClaimsPrincipal user, StaysDb db, CancellationToken ct)
    {
        var guestId = user.UserId();
        return await (from b in db.Bookings.AsNoTracking()
                      where b.GuestUserId == guestId
                      join s in db.Stays on b.StayId equals s.Id
                      join ut in db.UnitTypes on b.UnitTypeId equals ut.Id
                      join u in db.Units on b.UnitId equals u.Id
                      orderby b.CheckIn descending
                      select new Trip(b.Id, b.Status, s.Id, s.NameZh, s.NameEn ?? s.NameZh, ut.NameZh, u.Label, b.CheckIn, b.CheckOut, b.Guests, b.Total, b.Refund))
            .Take(Limit).ToListAsync(ct);
    }
}
