namespace Tianyuan.Stays.Features.CalendarSync;

using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Stays.Calendar;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Resources;

/// <summary>
/// GET /api/stays/units/{unitTypeId}/calendar.ics?token=…: what OTAs import to stop selling nights we cannot sell.
/// A night is exported when no unit of the type is free on it (for a one-room type: every booking and block), one
/// VEVENT per run of such nights. The token is the only credential, so a wrong or missing one gets the same 404 as
/// an unknown type, and summaries say only "reserved" or "not available", never who stays.
/// </summary>
static class ExportCalendar
{
    /// <summary>Fixed feed text for OTAs, which show it to the host as is: both languages, no guest data.</summary>
    public const string Reserved = "已预订 Reserved";

    public const string NotAvailable = "不可订 Not available";

    public const string ProductId = "-//Tianyuan//Stays Calendar//ZH";

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/units/{unitTypeId:guid}/calendar.ics", async (Guid unitTypeId, string? token, HttpContext http, StaysDb db,
                IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(unitTypeId, token, db, t, clock, ct);
                if (!outcome.Succeeded)
                    return outcome.ToHttpResult();
                // The feed changes with every booking; a cached copy would sell nights twice.
                http.Response.Headers.CacheControl = "no-store";
                return Results.Text(outcome.Value, "text/calendar; charset=utf-8");
            })
            .AllowAnonymous()
            .WithName(nameof(ExportCalendar))
            .WithSummary("A unit type's unavailable nights as an iCalendar feed for OTAs; the token comes from the listing or calendar-token.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<string>> ExecuteAsync(Guid unitTypeId, string? token, StaysDb db, IStringLocalizer<StaysText> t, TimeProvider clock,
        CancellationToken ct)
    {
        var type = await db.UnitTypes.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitTypeId, ct);
        // Compared in constant time, and hashed even when there is nothing to compare with.
        var presented = LinkToken.Hash(token ?? "");
        if (type?.FeedTokenHash is not { } expected || string.IsNullOrEmpty(token) || !CryptographicOperations.FixedTimeEquals(expected, presented))
            return Outcome<string>.NotFound(t["CalendarNotFound"]);

        var stay = await db.Stays.AsNoTracking().FirstAsync(s => s.Id == type.StayId, ct);
        var today = clock.Today();
        var (from, to) = (today.AddDays(-CalendarWindow.PastDays), CalendarWindow.End(today));
        var units = db.Units.Where(u => u.UnitTypeId == type.Id).Select(u => u.Id);
        var unitCount = await units.CountAsync(ct);
        var nights = await db.Nights.Where(n => units.Contains(n.UnitId) && n.Night >= from && n.Night < to)
            .GroupBy(n => n.Night)
            .Select(g => new { Night = g.Key, Taken = g.Count(), Booked = g.Count(n => n.BookingId != null) })
            .ToListAsync(ct);
        var full = nights.Where(n => n.Taken >= unitCount).OrderBy(n => n.Night).Select(n => (n.Night, n.Booked > 0));
        return Outcome<string>.Ok(IcalExport.Write($"{stay.NameZh} {type.NameZh}", ProductId, Runs(type.Id, full), clock.GetUtcNow()));
    }

    /// <summary>
    /// Consecutive nights as one range each, "reserved" if a guest holds any of them. The Uid is the type and the
    /// first night, so an OTA sees the same event again while the range stands.
    /// </summary>
    static IEnumerable<BlockedRange> Runs(Guid unitTypeId, IEnumerable<(DateOnly Night, bool Booked)> fullNights)
    {
        BlockedRange? run = null;
        foreach (var (night, booked) in fullNights)
        {
            if (run is not null && run.End == night)
            {
                run = run with { End = night.AddDays(1), Summary = booked ? Reserved : run.Summary };
                continue;
            }

            if (run is not null)
                yield return run;
            var uid = $"{unitTypeId:N}-{night.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}@tianyuan";
            run = new BlockedRange(night, night.AddDays(1), uid, booked ? Reserved : NotAvailable);
        }

        if (run is not null)
            yield return run;
    }
}
