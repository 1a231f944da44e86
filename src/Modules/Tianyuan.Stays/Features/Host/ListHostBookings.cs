namespace Tianyuan.Stays.Features.Host;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Ui;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>
/// GET /api/stays/hosting/bookings?stay=&amp;status=&amp;from=&amp;to=&amp;q=&amp;page=: the host's bookings, filtered by stay,
/// status, stays overlapping a date range and guest name or phone, newest arrival first, 25 a page.
/// </summary>
static class ListHostBookings
{
    public sealed record Query(Guid? Stay, string? Status, DateOnly? From, DateOnly? To, string? Q, int Page);

    public sealed record Item(Guid Id, string StayName, string Unit, string GuestName, string GuestPhone, int Guests, DateOnly CheckIn, DateOnly CheckOut,
        string Status, decimal Total, decimal? Refund, DateTimeOffset CreatedAt);

    public sealed record Response(IReadOnlyList<Item> Items, int Page, int PageSize, int Total);

    public const int PageSize = 25;

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/hosting/bookings", async (Guid? stay, string? status, DateOnly? from, DateOnly? to, string? q, string? page, ClaimsPrincipal user,
                StaysDb db, CancellationToken ct) =>
            status is not null && !BookingStatus.All.Contains(status)
                ? Problems.Invalid("status", $"status is one of: {string.Join(", ", BookingStatus.All)}.")
                : Results.Ok(await ExecuteAsync(new Query(stay, status, from, to, q, Paging.ParsePage(page) ?? 1), user, db, ct)))
            .RequireAuthorization(Tianyuan.Kernel.Access.Policies.SignedIn)
            .WithName(nameof(ListHostBookings))
            .Produces<Response>()
            .ProducesValidationProblem();

    public static async Task<Response> ExecuteAsync(Query query, ClaimsPrincipal user, StaysDb db, CancellationToken ct)
    {
        var rows = from b in db.Bookings.AsNoTracking()
                   join s in db.Stays.ManagedBy(user) on b.StayId equals s.Id
                   join u in db.Units on b.UnitId equals u.Id
                   select new { b, StayName = s.NameZh, Unit = u.Label };
        if (query.Stay is { } stayId)
            rows = rows.Where(r => r.b.StayId == stayId);
        if (query.Status is { } status)
            rows = rows.Where(r => r.b.Status == status);
        if (query.From is { } from)
            rows = rows.Where(r => r.b.CheckOut > from);
        if (query.To is { } to)
            rows = rows.Where(r => r.b.CheckIn < to);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            rows = rows.Where(r => r.b.GuestName.Contains(q) || r.b.GuestPhone.Contains(q));
        }

        var total = await rows.CountAsync(ct);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await rows.OrderByDescending(r => r.b.CheckIn).ThenBy(r => r.Unit).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new Item(r.b.Id, r.StayName, r.Unit, r.b.GuestName, r.b.GuestPhone, r.b.Guests, r.b.CheckIn, r.b.CheckOut, r.b.Status, r.b.Total,
                r.b.Refund, r.b.CreatedAt))
            .ToListAsync(ct);
        return new Response(items, page, PageSize, total);
    }
}
