namespace Tianyuan.Stays.Features.CalendarSync;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Resources;

/// <summary>GET /api/stays/units/{unitId}/feeds: the unit's external calendars, when each was pulled, and what the pulls did.</summary>
static class ListFeeds
{
    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/units/{unitId:guid}/feeds", async (Guid unitId, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t, CancellationToken ct) =>
                (await ExecuteAsync(unitId, user, db, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListFeeds))
            .Produces<IReadOnlyList<FeedView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<IReadOnlyList<FeedView>>> ExecuteAsync(Guid unitId, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
        CancellationToken ct)
    {
        if (!await HostedUnits.MayManageAsync(db, user, unitId, ct))
            return Outcome<IReadOnlyList<FeedView>>.NotFound(t["UnitNotFound", unitId]);
        var feeds = await db.Feeds.AsNoTracking().Where(f => f.UnitId == unitId).OrderBy(f => f.Name).ToListAsync(ct);
        var views = new List<FeedView>(feeds.Count);
        foreach (var feed in feeds)
            views.Add(await FeedView.LoadAsync(db, feed, ct));
        return Outcome<IReadOnlyList<FeedView>>.Ok(views);
    }
}
