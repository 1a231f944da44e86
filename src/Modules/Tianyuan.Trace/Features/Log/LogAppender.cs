namespace Tianyuan.Trace.Features.Log;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Log;

/// <summary>
/// Adds the log leaves of newly stored events to the caller's transaction, with the perfect-subtree nodes they
/// complete. Must run inside the transaction that inserts the events, so an event is stored if and only if it is
/// logged.
/// </summary>
static class LogAppender
{
    public static async Task AppendAsync(TraceDb db, IReadOnlyList<EpcisEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return;
        // Bumping the head first takes its row lock (PostgreSQL) or the write lock (SQLite) until commit, so
        // concurrent captures queue here and each gets the next dense range of indexes; a rollback returns it.
        var head = db.LogHeads.Where(h => h.Id == LogHead.Only);
        await head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Size, h => h.Size + events.Count), ct);
        var start = await head.Select(h => h.Size).SingleAsync(ct) - events.Count;
        var batch = new Dictionary<(int Level, long Index), byte[]>();
        for (var i = 0; i < events.Count; i++)
        {
            var index = start + i;
            var leaf = LogLeaf.ForEventHash(events[i].HashId).Value;
            db.LogLeaves.Add(new LogLeafRecord { Index = index, LeafHash = leaf, EventId = events[i].Id, HashId = events[i].HashId });
            batch[(0, index)] = leaf;
            // A right child completes its parent: carry upwards as in binary addition (see MemoryLeafStore).
            var n = index;
            for (var level = 0; n % 2 == 1; level++, n /= 2)
            {
                var node = MerkleHash.Node(await HashAsync(db, batch, level, n - 1, ct), batch[(level, n)]);
                batch[(level + 1, n / 2)] = node;
                db.LogNodes.Add(new LogNode { Level = level + 1, Index = n / 2, Hash = node });
            }
        }
    }

    /// <summary>A left sibling: written in this batch, or committed earlier.</summary>
    static async ValueTask<byte[]> HashAsync(TraceDb db, Dictionary<(int, long), byte[]> batch, int level, long index, CancellationToken ct) =>
        batch.TryGetValue((level, index), out var hash) ? hash
        : level == 0 ? await db.LogLeaves.Where(l => l.Index == index).Select(l => l.LeafHash).SingleAsync(ct)
        : await db.LogNodes.Where(n => n.Level == level && n.Index == index).Select(n => n.Hash).SingleAsync(ct);
}
