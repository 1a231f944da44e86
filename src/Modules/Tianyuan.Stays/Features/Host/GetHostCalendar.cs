namespace Tianyuan.Stays.Features.Host;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Stays.Data;

/// <summary>
/// GET /api/stays/hosting/{stayId}/calendar?month=YYYY-MM: each unit's nights for a month, showing who holds each
/// night: a booking (guest, status) or a block (host closure or an OTA feed), so the host sees every source at once.
/// </summary>
static class GetHostCalendar
{
    public sealed record Cell(DateOnly Night, string Kind, Guid? BookingId, string Label);

    public sealed record UnitRow(Guid UnitId, string UnitType, string Unit, string Housekeeping, IReadOnlyList<Cell> Nights);

    public sealed record Response(Guid StayId, string StayName, string Month, IReadOnlyList<UnitRow> Units);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/hosting/{stayId:guid}/calendar", async (Guid stayId, string? month, ClaimsPrincipal user, StaysDb db, TimeProvider clock, CancellationToken ct) =>
            {
                if (!GetMonthReport.TryMonth(month, clock, out var first))
                    return Problems.Invalid("month", "month is YYYY-MM.");
                return await ExecuteAsync(stayId, first, user, db, ct) is { } calendar ? Results.Ok(calendar) : Problems.NotFound("stay", stayId);
            })
            .RequireAuthorization(Tianyuan.Kernel.Access.Policies.SignedIn)
            .WithName(nameof(GetHostCalendar))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Response?> ExecuteAsync(Guid stayId, DateOnly first, ClaimsPrincipal user, StaysDb db, CancellationToken ct)
    {
        var stay = await db.Stays.AsNoTracking().ManagedBy(user).Include(s => s.UnitTypes).ThenInclude(u => u.Units).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == stayId, ct);
        if (stay is null)
            return null;
        var next = first.AddMonths(1);
        var units = stay.UnitTypes.OrderBy(t => t.BaseNightly).SelectMany(t => t.Units.OrderBy(u => u.Label).Select(u => (Type: t, Unit: u))).ToList();
        var unitIds = units.Select(u => u.Unit.Id).ToList();
        var nights = await (from n in db.Nights.AsNoTracking()
                            where unitIds.Contains(n.UnitId) && n.Night >= first && n.Night < next
                            join b in db.Bookings on n.BookingId equals b.Id into bs
                            from b in bs.DefaultIfEmpty()
                            join k in db.Blocks on n.BlockId equals k.Id into ks
                            from k in ks.DefaultIfEmpty()
                            select new
                            {
                                n.UnitId, n.Night, n.BookingId, GuestName = b == null ? null : b.GuestName, Status = b == null ? null : b.Status,
                                Source = k == null ? null : k.Source, Summary = k == null ? null : k.Summary,
                            })
            .ToListAsync(ct);
        var byUnit = nights.ToLookup(n => n.UnitId);
        var rows = units.Select(u => new UnitRow(u.Unit.Id, u.Type.NameZh, u.Unit.Label, u.Unit.Housekeeping,
            [.. byUnit[u.Unit.Id].OrderBy(n => n.Night).Select(n => n.BookingId is not null
                ? new Cell(n.Night, "booking:" + n.Status, n.BookingId, n.GuestName ?? "")
                : new Cell(n.Night, "block:" + n.Source, null, n.Summary ?? ""))])).ToList();
        return new Response(stay.Id, stay.NameZh, first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), rows);
    }
}
