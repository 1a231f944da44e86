namespace Tianyuan.Trace.Features.Log;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Log;

/// <summary>
/// Moves pending events (<see cref="LogPendingEvent"/>) into the log: their leaves, in capture order, with the
/// perfect-subtree nodes they complete, in one transaction that also deletes them from the queue — so an event is
/// either pending or logged, never both or neither.
/// </summary>
static class LogAppender
{
    /// <summary>Appends up to <paramref name="max"/> pending events; returns how many it appended.</summary>
    public static async Task<int> AppendPendingAsync(TraceDb db, int max, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Touching the head first takes its row lock (PostgreSQL) or the write lock (SQLite) until commit, so two
        // appenders (a node whose lease ran out, a test running the job by hand) queue here, and the second reads the
        // queue only after the first committed: no event is appended twice and indexes stay dense.
        var head = db.LogHeads.Where(h => h.Id == LogHead.Only);
        await head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Size, h => h.Size), ct);
        var pending = await db.LogPending.AsNoTracking().OrderBy(p => p.Seq).Take(max).ToListAsync(ct);
        if (pending.Count == 0)
            return 0;

        var start = await head.Select(h => h.Size).SingleAsync(ct);
        var batch = new Dictionary<(int Level, long Index), byte[]>();
        var leaves = new List<LogLeafRecord>(pending.Count);
        var nodes = new List<LogNode>(pending.Count);
        for (var i = 0; i < pending.Count; i++)
        {
            var index = start + i;
            var leaf = LogLeaf.ForEventHash(pending[i].HashId).Value;
            leaves.Add(new LogLeafRecord { Index = index, LeafHash = leaf, EventId = pending[i].EventId, HashId = pending[i].HashId });
            batch[(0, index)] = leaf;
            // A right child completes its parent: carry upwards as in binary addition (see MemoryLeafStore).
            var n = index;
            for (var level = 0; n % 2 == 1; level++, n /= 2)
            {
                var node = MerkleHash.Node(await HashAsync(db, batch, level, n - 1, ct), batch[(level, n)]);
                batch[(level + 1, n / 2)] = node;
                nodes.Add(new LogNode { Level = level + 1, Index = n / 2, Hash = node });
            }
        }

        if (db.Database.IsNpgsql())
        {
            await PostgresLogWriter.InsertAsync(db, leaves, nodes, ct);
        }
        else
        {
            db.LogLeaves.AddRange(leaves);
            db.LogNodes.AddRange(nodes);
            await db.SaveChangesAsync(ct);
        }

        var appended = pending.Select(p => p.Seq).ToList();
        await db.LogPending.Where(p => appended.Contains(p.Seq)).ExecuteDeleteAsync(ct);
        await head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Size, start + pending.Count), ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return pending.Count;
    }

    /// <summary>A left sibling: written in this batch, or committed earlier.</summary>
    static async ValueTask<byte[]> HashAsync(TraceDb db, Dictionary<(int, long), byte[]> batch, int level, long index, CancellationToken ct) =>
        batch.TryGetValue((level, index), out var hash) ? hash
        : level == 0 ? await db.LogLeaves.Where(l => l.Index == index).Select(l => l.LeafHash).SingleAsync(ct)
        : await db.LogNodes.Where(n => n.Level == level && n.Index == index).Select(n => n.Hash).SingleAsync(ct);
}
