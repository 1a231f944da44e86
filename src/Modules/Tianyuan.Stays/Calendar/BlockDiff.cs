namespace Tianyuan.Stays.Calendar;

/// <summary>A block whose feed event kept its Uid but moved, grew, shrank or was renamed.</summary>
sealed record BlockChange(BlockedRange Before, BlockedRange After);

/// <summary>
/// What one feed's re-import changes, keyed by Uid, for the caller to apply in one transaction: add the new blocks,
/// update the changed ones, and release the removed ones (an event the feed no longer has frees its nights).
/// </summary>
/// <remarks>
/// Both lists go through <see cref="DistinctUids"/> first, so a Uid that repeats is handled as the parser handles it
/// (exact repeats collapse, others become "uid/yyyyMMdd"). Only diff a feed that parsed without error: an error means
/// "change nothing", not "the feed is empty".
/// </remarks>
sealed record BlockDiff(IReadOnlyList<BlockedRange> Added, IReadOnlyList<BlockChange> Changed, IReadOnlyList<BlockedRange> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    public static BlockDiff Compute(IReadOnlyList<BlockedRange> stored, IReadOnlyList<BlockedRange> fresh)
    {
        var before = DistinctUids.Apply(stored).ToDictionary(r => r.Uid, StringComparer.Ordinal);
        var after = DistinctUids.Apply(fresh);
        var added = new List<BlockedRange>();
        var changed = new List<BlockChange>();
        foreach (var range in after)
        {
            if (!before.Remove(range.Uid, out var old))
                added.Add(range);
            else if (old != range)
                changed.Add(new BlockChange(old, range));
        }

        var removed = before.Values.OrderBy(r => r.Start).ThenBy(r => r.Uid, StringComparer.Ordinal).ToList();
        return new BlockDiff(added, changed, removed);
    }
}
