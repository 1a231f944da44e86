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
        StaysDb db, IReadOnlyCollection<Guid> unitTypeIds, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct)
    {
        var takenUnits = db.Nights.Where(n => n.Night >= from && n.Night < to).Select(n => n.UnitId);
        var free = db.Units.AsNoTracking()
            .Where(u => unitTypeIds.Contains(u.UnitTypeId) && !takenUnits.Contains(u.Id));
        if (from == today)
            free = free.Where(u => u.Housekeeping != HousekeepingState.Dirty);
        return await free.OrderBy(u => u.Label).ToListAsync(ct);
    }
}
