namespace Tianyuan.Stays.Features.Search;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel;
using Tianyuan.Stays.Data;

/// <summary>
/// GET /api/stays/units/{unitTypeId}/availability?from=&amp;days=: free units per night, for the calendar on a stay's
/// page (public: counts only, never who booked).
/// </summary>
static class GetAvailability
{
    public sealed record Day(DateOnly Date, int Free);

    public const int MaxDays = 120;

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/units/{unitTypeId:guid}/availability", async (Guid unitTypeId, DateOnly? from, int? days, StaysDb db, TimeProvider clock, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(unitTypeId, from ?? clock.Today(), Math.Clamp(days ?? 60, 1, MaxDays), db, ct)))
            .AllowAnonymous()
            .WithName(nameof(GetAvailability))
            .Produces<IReadOnlyList<Day>>();

    public static async Task<IReadOnlyList<Day>> ExecuteAsync(Guid unitTypeId, DateOnly from, int days, StaysDb db, CancellationToken ct)
    {
        var until = from.AddDays(days);
        var units = await db.Units.Where(u => u.UnitTypeId == unitTypeId).Select(u => u.Id).ToListAsync(ct);
        var taken = await db.Nights.Where(n => units.Contains(n.UnitId) && n.Night >= from && n.Night < until)
            .GroupBy(n => n.Night).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return [.. Enumerable.Range(0, days).Select(i => from.AddDays(i)).Select(d => new Day(d, units.Count - taken.GetValueOrDefault(d)))];
    }
}
