namespace Tianyuan.Stays.Features.CalendarSync;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>One pull of a feed as the host reads it.</summary>
sealed record SyncLogView(DateTimeOffset At, int Added, int Changed, int Removed, int ConflictNights, string? Error)
{
    public static SyncLogView From(FeedSyncLog l) => new(l.At, l.Added, l.Changed, l.Removed, l.ConflictNights, l.Error);
}

/// <summary>
/// A feed with how its pulls went: the blocks it holds, the nights it found already booked here (an external double
/// booking the host must resolve), and its latest <see cref="LogSize"/> sync log entries, newest first.
/// </summary>
sealed record FeedView(Guid Id, Guid UnitId, string Name, string? Url, int IntervalMinutes, DateTimeOffset? LastPulledAt,
    DateTimeOffset? LastSucceededAt, string? LastError, DateTimeOffset NextPullAt, int Blocks, int ConflictNights, IReadOnlyList<SyncLogView> Log)
{
    public const int LogSize = 20;

    public static async Task<FeedView> LoadAsync(StaysDb db, CalendarFeed f, CancellationToken ct)
    {
        var blocks = await db.Blocks.AsNoTracking().Where(b => b.FeedId == f.Id).Select(b => b.ConflictNights).ToListAsync(ct);
        var log = await db.SyncLog.AsNoTracking().Where(l => l.FeedId == f.Id).OrderByDescending(l => l.At).Take(LogSize).ToListAsync(ct);
        return new FeedView(f.Id, f.UnitId, f.Name, f.Url, f.IntervalMinutes, f.LastPulledAt, f.LastSucceededAt, f.LastError, f.NextPullAt,
            blocks.Count, blocks.Sum(), [.. log.Select(SyncLogView.From)]);
    }
}
