namespace Tianyuan.Stays.Features.CalendarSync;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Resources;

/// <summary>DELETE /api/stays/feeds/{id}: unsubscribes a feed and releases the nights its blocks held, with its sync log.</summary>
static class RemoveFeed
{
    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapDelete("/feeds/{id:guid}", async (Guid id, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t, CancellationToken ct) =>
                await ExecuteAsync(id, user, db, ct) ? Results.NoContent() : Outcome<FeedView>.NotFound(t["FeedNotFound", id]).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RemoveFeed))
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>False when there is no such feed the user may manage.</summary>
    public static async Task<bool> ExecuteAsync(Guid id, ClaimsPrincipal user, StaysDb db, CancellationToken ct)
    {
        var feed = await db.Feeds.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (feed is null || !await HostedUnits.MayManageAsync(db, user, feed.UnitId, ct))
            return false;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var blocks = await db.Blocks.Where(b => b.FeedId == id).ToListAsync(ct);
        db.Blocks.RemoveRange(blocks);
        db.Feeds.Remove(feed);
        await db.SyncLog.Where(l => l.FeedId == id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        if (blocks.Count > 0)
            await BlockNights.LayOutAsync(db, feed.UnitId, blocks.Min(b => b.Start), blocks.Max(b => b.End), ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
