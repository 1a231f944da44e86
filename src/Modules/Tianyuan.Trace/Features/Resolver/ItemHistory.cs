namespace Tianyuan.Trace.Features.Resolver;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;

/// <summary>
/// The events a consumer sees for an item: every stored event naming the item, the item with its lot, its lot, or a lot
/// it was made from (<see cref="Lineage"/>; in any role: epcList, parent, inputs, outputs, quantity lists), oldest
/// first, as the item travelled.
/// </summary>
static class ItemHistory
{
    /// <summary>More would not fit a phone screen; an item's story is a handful of steps.</summary>
    public const int Limit = 100;

    public static async Task<IReadOnlyList<TimelineEntry>> LoadAsync(TraceDb db, Lineage lineage, CancellationToken ct)
    {
        var epcs = lineage.All;
        var events = await db.Events.AsNoTracking().Include(e => e.Epcs)
            .Where(e => db.EventEpcs.Where(x => epcs.Contains(x.Epc)).Select(x => x.EventId).Contains(e.Id)) // EPC index first (see EventQuery)
            // Steps typed within the same second keep the order they were recorded in.
            .OrderBy(e => e.EventTime).ThenBy(e => e.RecordTime).ThenBy(e => e.HashId)
            .Take(Limit)
            .ToListAsync(ct);
        return [.. events.Select(e => TimelineEntry.From(e, lineage))];
    }
}
