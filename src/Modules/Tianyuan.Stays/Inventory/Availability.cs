namespace Tianyuan.Stays.Inventory;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>
/// Which units are free for a range of nights. This is a read for search and for choosing a unit; the guarantee
/// against double booking is the (unit, night) key when the nights are inserted, not this check.
/// </summary>
static class Availability
{
    /// <summary>
    /// Units of the given types with none of the nights taken. A dirty unit is off sale for an arrival today
    /// (housekeeping has not released it yet); for later arrivals it will be cleaned in time.
    /// </summary>
    public static async Task<List<Unit>> FreeUnitsAsync(
        StaysDb db, IReadOnlyCollection<Guid> unitTypeIds, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct) =>
        await Free(db, db.Units.Where(u => unitTypeIds.Contains(u.UnitTypeId)), from, to, today).OrderBy(u => u.Label).ToListAsync(ct);

    /// <summary>
    /// How many units of each type <see cref="FreeUnitsAsync"/> would return (types with none are absent), for types
    /// given as a query so that search can pass its candidates as a subquery.
    /// </summary>
    public static async Task<Dictionary<Guid, int>> FreeUnitCountsAsync(
        StaysDb db, IQueryable<Guid> unitTypeIds, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct) =>
        await Free(db, db.Units.Where(u => unitTypeIds.Contains(u.UnitTypeId)), from, to, today)
            .GroupBy(u => u.UnitTypeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>
    /// NOT EXISTS per unit rather than NOT IN over every taken night in the range: each candidate unit is one seek
    /// on the (unit, night) key, so the cost follows the units asked about, not the size of the county's calendar.
    /// </summary>
    static IQueryable<Unit> Free(StaysDb db, IQueryable<Unit> units, DateOnly from, DateOnly to, DateOnly today)
    {
        var free = units.AsNoTracking().Where(u => !db.Nights.Any(n => n.UnitId == u.Id && n.Night >= from && n.Night < to));
        return from == today ? free.Where(u => u.Housekeeping != HousekeepingState.Dirty) : free;
    }
}
