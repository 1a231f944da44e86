namespace Tianyuan.Stays.Features.Host;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>
/// GET /api/stays/hosting/report?month=YYYY-MM: occupancy, revenue, ADR and RevPAR per stay for a month, and the
/// payout statement (stays that ended in the month and what cancellations kept). A booking's total is spread evenly
/// over its nights, so a stay across a month end counts in both months by the nights in each.
/// </summary>
static class GetMonthReport
{
    public sealed record StayFigures(Guid StayId, string StayName, int Units, int AvailableNights, int SoldNights, decimal Revenue,
        decimal OccupancyPct, decimal Adr, decimal RevPar);

    public sealed record PayoutLine(Guid BookingId, string StayName, string GuestName, DateOnly CheckIn, DateOnly CheckOut, string Status, decimal Amount);

    public sealed record Response(string Month, IReadOnlyList<StayFigures> Stays, StayFigures Total, IReadOnlyList<PayoutLine> Payout, decimal PayoutTotal);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/hosting/report", async (string? month, ClaimsPrincipal user, StaysDb db, TimeProvider clock, CancellationToken ct) =>
                TryMonth(month, clock, out var first) ? Results.Ok(await ExecuteAsync(first, user, db, ct)) : Problems.Invalid("month", "month is YYYY-MM."))
            .RequireAuthorization(Tianyuan.Kernel.Access.Policies.SignedIn)
            .WithName(nameof(GetMonthReport))
            .Produces<Response>()
            .ProducesValidationProblem();

    public static bool TryMonth(string? text, TimeProvider clock, out DateOnly first)
    {
        var today = clock.Today();
        first = new DateOnly(today.Year, today.Month, 1);
        return string.IsNullOrEmpty(text)
            || DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out first);
    }

    public static async Task<Response> ExecuteAsync(DateOnly first, ClaimsPrincipal user, StaysDb db, CancellationToken ct)
    {
        var next = first.AddMonths(1);
        var days = next.DayNumber - first.DayNumber;
        var stays = await db.Stays.AsNoTracking().ManagedBy(user).OrderBy(s => s.NameZh)
            .Select(s => new { s.Id, s.NameZh, Units = s.UnitTypes.SelectMany(u => u.Units).Count() }).ToListAsync(ct);
        var ids = stays.Select(s => s.Id).ToList();
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => ids.Contains(b.StayId) && b.CheckIn < next && b.CheckOut > first)
            .Select(b => new { b.Id, b.StayId, b.GuestName, b.CheckIn, b.CheckOut, b.Status, b.Total, b.Refund }).ToListAsync(ct);

        var figures = new List<StayFigures>();
        foreach (var stay in stays)
        {
            var sold = 0;
            var revenue = 0m;
            foreach (var b in bookings.Where(b => b.StayId == stay.Id && b.Status is not (BookingStatus.Cancelled or BookingStatus.Declined)))
            {
                var nights = Overlap(b.CheckIn, b.CheckOut, first, next);
                sold += nights;
                revenue += b.Total * nights / (b.CheckOut.DayNumber - b.CheckIn.DayNumber);
            }

            figures.Add(Figures(stay.Id, stay.NameZh, stay.Units, stay.Units * days, sold, revenue));
        }

        var total = Figures(Guid.Empty, "", figures.Sum(f => f.Units), figures.Sum(f => f.AvailableNights), figures.Sum(f => f.SoldNights), figures.Sum(f => f.Revenue));
        var names = stays.ToDictionary(s => s.Id, s => s.NameZh);
        var payout = bookings
            .Where(b => (b.Status == BookingStatus.CheckedOut && b.CheckOut >= first && b.CheckOut < next)
                || (b.Status == BookingStatus.Cancelled && b.CheckIn >= first && b.CheckIn < next && b.Total > (b.Refund ?? 0)))
            .OrderBy(b => b.CheckOut)
            .Select(b => new PayoutLine(b.Id, names[b.StayId], b.GuestName, b.CheckIn, b.CheckOut, b.Status,
                b.Status == BookingStatus.Cancelled ? b.Total - (b.Refund ?? 0) : b.Total))
            .ToList();
        return new Response(first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), figures, total, payout, payout.Sum(p => p.Amount));
    }

    static int Overlap(DateOnly checkIn, DateOnly checkOut, DateOnly first, DateOnly next) =>
        Math.Max(0, Math.Min(checkOut.DayNumber, next.DayNumber) - Math.Max(checkIn.DayNumber, first.DayNumber));

    static StayFigures Figures(Guid id, string name, int units, int available, int sold, decimal revenue) => new(
        id, name, units, available, sold, Money.Yuan(revenue).RoundToFen().Amount,
        available == 0 ? 0 : Math.Round(100m * sold / available, 1),
        sold == 0 ? 0 : Money.Yuan(revenue / sold).RoundToFen().Amount,
        available == 0 ? 0 : Money.Yuan(revenue / available).RoundToFen().Amount);
}
