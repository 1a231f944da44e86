namespace Tianyuan.Stays.Features.CalendarSync;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel;
using Tianyuan.Stays.Calendar;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>Fetches a URL feed and applies what came back: used by the schedule and by the host's "sync now".</summary>
sealed class FeedPuller(StaysDb db, FeedDownload download, TimeProvider clock)
{
    /// <summary>Pulls the feed now; null if it has no URL or no longer exists.</summary>
    public async Task<FeedSyncLog?> PullAsync(Guid feedId, CancellationToken ct)
    {
        var url = await db.Feeds.Where(f => f.Id == feedId).Select(f => f.Url).FirstOrDefaultAsync(ct);
        if (url is null)
            return null;
        var (text, error) = await download.GetAsync(url, ct);
        var parsed = text is null ? IcalParseResult.Failed(error!) : FeedSync.Parse(text, clock.Today());
        return await FeedSync.ApplyAsync(db, feedId, parsed, clock, ct);
    }

    /// <summary>
    /// Pulls the feed if it is still due and no one else took it: moving NextPullAt on is the claim, so two nodes
    /// (or a tick that overlaps a slow pull) never apply the same feed at once. The pull then sets the real next time.
    /// </summary>
    public async Task<FeedSyncLog?> PullIfDueAsync(Guid feedId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.Feeds.Where(f => f.Id == feedId && f.Url != null && f.NextPullAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.NextPullAt, now + FeedDownload.Timeout * 3), ct);
        return claimed == 1 ? await PullAsync(feedId, ct) : null;
    }
}
