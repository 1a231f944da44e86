namespace Tianyuan.Stays.Features.CalendarSync;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/feeds/{id}/sync: pulls a feed now, e.g. right after a booking on the OTA. The answer is the feed
/// with this pull first in its log; a pull that failed is still a 200, its error is in LastError and the log.
/// </summary>
static class SyncFeedNow
{
    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/feeds/{id:guid}/sync", async (Guid id, ClaimsPrincipal user, StaysDb db, FeedPuller puller, IStringLocalizer<StaysText> t,
                CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, puller, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(SyncFeedNow))
            .Produces<FeedView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<FeedView>> ExecuteAsync(Guid id, ClaimsPrincipal user, StaysDb db, FeedPuller puller, IStringLocalizer<StaysText> t,
        CancellationToken ct)
    {
        var feed = await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (feed is null || !await HostedUnits.MayManageAsync(db, user, feed.UnitId, ct))
            return Outcome<FeedView>.NotFound(t["FeedNotFound", id]);
        if (feed.Url is null)
            return Outcome<FeedView>.Conflict("feed-is-upload", t["FeedIsUpload"], "id");

        await puller.PullAsync(id, ct);
        db.ChangeTracker.Clear();
        return await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is { } pulled
            ? Outcome<FeedView>.Ok(await FeedView.LoadAsync(db, pulled, ct))
            : Outcome<FeedView>.NotFound(t["FeedNotFound", id]);
    }
}
