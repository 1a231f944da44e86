namespace Tianyuan.Trace.Features.Log;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Log;

/// <summary>
/// The log's leaves and stored subtree nodes as <see cref="ILeafSource"/>, fixed at the size committed when it was
/// opened (head and leaves commit together, so every leaf below that size is there).
/// </summary>
sealed class DbLeafSource(TraceDb db, long count) : ILeafSource
{
    public long Count => count;

    public static async Task<DbLeafSource> OpenAsync(TraceDb db, CancellationToken ct) =>
        new(db, await db.LogHeads.AsNoTracking().Select(h => h.Size).SingleAsync(ct));

    public async ValueTask<byte[]> LeafHashAsync(long index, CancellationToken cancellationToken = default) =>
        await db.LogLeaves.AsNoTracking().Where(l => l.Index == index).Select(l => l.LeafHash).SingleAsync(cancellationToken);

    public async ValueTask<byte[]?> SubtreeHashAsync(int level, long index, CancellationToken cancellationToken = default) =>
        await db.LogNodes.AsNoTracking().Where(n => n.Level == level && n.Index == index).Select(n => n.Hash).SingleOrDefaultAsync(cancellationToken);
}
