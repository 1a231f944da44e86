namespace Tianyuan.Stays.Features.CalendarSync;

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Stays.Calendar;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using static CalendarWindow;

/// <summary>
/// Applies one pull (or upload) of a feed in one transaction. A feed that could not be fetched or read changes no
/// block: it records the error and is tried again soon. A feed that parsed is diffed by event Uid against the blocks
/// it made before: new events block their free nights, moved ones re-take theirs, vanished ones release theirs.
/// </summary>
/// <remarks>
/// Nights already booked here are not taken (the guest's booking stands) but counted as the block's conflict nights:
/// the same dates were sold on the OTA too, and only the host can sort that out. Nights another block holds are
/// shared, not taken twice (<see cref="BlockNights"/>).
/// </remarks>
static class FeedSync
{
    /// <summary>A failed pull is retried within this, however long the feed's interval.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);

    const int Attempts = 3;

    /// <summary>Reads a feed's text for the window that starts <paramref name="today"/>.</summary>
    public static IcalParseResult Parse(string text, DateOnly today) => IcalImport.Parse(text, today, End(today));

    /// <summary>Applies what a pull or upload found: ranges to diff, or the error that makes this pull change nothing.</summary>
    public static async Task<FeedSyncLog?> ApplyAsync(StaysDb db, Guid feedId, IcalParseResult parsed, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.Today();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyOnceAsync(db, feedId, parsed, today, clock.GetUtcNow(), ct);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation() && attempt < Attempts)
            {
                // A guest booked a night this pull was laying out; the next attempt sees their booking and leaves it be.
                db.ChangeTracker.Clear();
            }
        }
    }

    static async Task<FeedSyncLog?> ApplyOnceAsync(StaysDb db, Guid feedId, IcalParseResult parsed, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var feed = await db.Feeds.FirstOrDefaultAsync(f => f.Id == feedId, ct);
        if (feed is null)
            return null; // removed while it was being fetched
        feed.LastPulledAt = now;
        FeedSyncLog log;
        if (!parsed.Succeeded)
        {
            feed.LastError = Clip(parsed.Error, 500);
            feed.NextPullAt = now + TimeSpan.FromMinutes(Math.Min(feed.IntervalMinutes, MaxRetryDelay.TotalMinutes));
            log = new FeedSyncLog { Id = Guid.CreateVersion7(now), FeedId = feed.Id, At = now, Error = feed.LastError };
        }
        else
        {
            var fresh = parsed.Ranges.Select(r => r with { Uid = StoredUid(r.Uid), Summary = Clip(r.Summary, 200) }).ToList();
            var (diff, conflicts) = await ApplyDiffAsync(db, feed, fresh, today, now, ct);
            feed.LastSucceededAt = now;
            feed.LastError = null;
            feed.NextPullAt = now + TimeSpan.FromMinutes(feed.IntervalMinutes);
            log = new FeedSyncLog
            {
                Id = Guid.CreateVersion7(now), FeedId = feed.Id, At = now, Added = diff.Added.Count, Changed = diff.Changed.Count,
                Removed = diff.Removed.Count, ConflictNights = conflicts,
            };
        }

        db.SyncLog.Add(log);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return log;
    }

    static async Task<(BlockDiff Diff, int ConflictNights)> ApplyDiffAsync(StaysDb db, CalendarFeed feed, List<BlockedRange> fresh, DateOnly today,
        DateTimeOffset now, CancellationToken ct)
    {
        var windowEnd = End(today);
        var stored = await db.Blocks.Where(b => b.FeedId == feed.Id && b.End > today).ToListAsync(ct);
        var byUid = stored.ToDictionary(b => b.ExternalUid!, StringComparer.Ordinal);
        // Stored blocks are compared as the parser clips them today, so a stay that began before today does not look
        // changed every morning the window moves on; past blocks are not compared at all, so they are never "removed".
        var diff = BlockDiff.Compute([.. stored.Select(b => new BlockedRange(Max(b.Start, today), Min(b.End, windowEnd), b.ExternalUid!, b.Summary))], fresh);
        if (diff.IsEmpty)
            return (diff, await CountConflictsAsync(db, feed.UnitId, stored, ct));

        DateOnly from = DateOnly.MaxValue, to = DateOnly.MinValue;
        void Touch(Block b) => (from, to) = (Min(from, b.Start), Max(to, b.End));
        foreach (var added in diff.Added)
        {
            var block = new Block
            {
                Id = Guid.CreateVersion7(now), UnitId = feed.UnitId, Source = Block.FeedSource, FeedId = feed.Id, ExternalUid = added.Uid,
                Start = added.Start, End = added.End, Summary = added.Summary, CreatedAt = now,
            };
            db.Blocks.Add(block);
            stored.Add(block);
            Touch(block);
        }

        foreach (var (before, after) in diff.Changed)
        {
            var block = byUid[before.Uid];
            Touch(block);
            // Still running: keep the nights before today it really began on, the feed just no longer shows them.
            block.Start = after.Start == today && block.Start < today ? block.Start : after.Start;
            block.End = after.End;
            block.Summary = after.Summary;
            Touch(block);
        }

        foreach (var removed in diff.Removed)
        {
            var block = byUid[removed.Uid];
            db.Blocks.Remove(block);
            stored.Remove(block);
            Touch(block);
        }

        await db.SaveChangesAsync(ct);
        await BlockNights.LayOutAsync(db, feed.UnitId, from, to, ct);
        return (diff, await CountConflictsAsync(db, feed.UnitId, stored, ct));
    }

    /// <summary>Sets each block's nights booked here, and returns their sum: recounted every pull, so a resolved conflict disappears.</summary>
    static async Task<int> CountConflictsAsync(StaysDb db, Guid unitId, List<Block> blocks, CancellationToken ct)
    {
        if (blocks.Count == 0)
            return 0;
        var booked = await BlockNights.BookedAsync(db, unitId, blocks.Min(b => b.Start), blocks.Max(b => b.End), ct);
        foreach (var block in blocks)
            block.ConflictNights = booked.Count(n => n >= block.Start && n < block.End);
        return blocks.Sum(b => b.ConflictNights);
    }

    /// <summary>Uids fit the column; a longer one is stored as its hash, the same on every pull.</summary>
    static string StoredUid(string uid) =>
        uid.Length <= 300 ? uid : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uid)));

    static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
