namespace Tianyuan.Stays.Features.CalendarSync;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using static CalendarWindow;

/// <summary>
/// Which block holds each blocked night of a unit. Blocks may overlap (a host closure and an Airbnb booking, two
/// feeds), but a night has one row, so it goes to one of them; when that block goes, another block covering the
/// night must take it over. Rather than hand nights from block to block, the block rows of a span are laid out
/// again from the blocks that cover it. Call inside the transaction that changed the blocks, after saving them.
/// </summary>
static class BlockNights
{
    public static async Task LayOutAsync(StaysDb db, Guid unitId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to <= from)
            return;
        await db.Nights.Where(n => n.UnitId == unitId && n.BlockId != null && n.Night >= from && n.Night < to).ExecuteDeleteAsync(ct);
        var taken = await BookedAsync(db, unitId, from, to, ct);
        var blocks = await db.Blocks.AsNoTracking().Where(b => b.UnitId == unitId && b.Start < to && b.End > from).ToListAsync(ct);
        // Oldest first, so a night stays with the block that had it before whenever that block is still there.
        foreach (var block in blocks.OrderBy(b => b.CreatedAt).ThenBy(b => b.Id))
        {
            for (var night = Max(block.Start, from); night < Min(block.End, to); night = night.AddDays(1))
            {
                if (taken.Add(night))
                    db.Nights.Add(new UnitNight { UnitId = unitId, Night = night, BlockId = block.Id });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Nights of the unit in [from, to) held by bookings.</summary>
    public static async Task<HashSet<DateOnly>> BookedAsync(StaysDb db, Guid unitId, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.Nights.Where(n => n.UnitId == unitId && n.BookingId != null && n.Night >= from && n.Night < to)
            .Select(n => n.Night).ToListAsync(ct)).ToHashSet();
}
