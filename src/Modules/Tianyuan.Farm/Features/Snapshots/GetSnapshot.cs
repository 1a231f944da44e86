namespace Tianyuan.Farm.Features.Snapshots;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Access;

/// <summary>
/// GET /api/farm/snapshots/{id} and …/{id}/thumb: the photo, for the families with a current adoption on its plot and
/// the farm's people (farmers, cooperative admins, the region's operators); anyone else gets 404, as if it did not exist.
/// </summary>
static class GetSnapshot
{
    public static void Map(IEndpointRouteBuilder farm)
    {
        farm.MapGet("/snapshots/{id:guid}", (Guid id, HttpContext http, FarmDb db, CancellationToken ct) => HandleAsync(id, false, http, db, ct))
            .RequireAuthorization(Policies.SignedIn).WithName(nameof(GetSnapshot)).ProducesProblem(StatusCodes.Status404NotFound);
        farm.MapGet("/snapshots/{id:guid}/thumb", (Guid id, HttpContext http, FarmDb db, CancellationToken ct) => HandleAsync(id, true, http, db, ct))
            .RequireAuthorization(Policies.SignedIn).WithName("GetSnapshotThumbnail").ProducesProblem(StatusCodes.Status404NotFound);
    }

    static async Task<IResult> HandleAsync(Guid id, bool thumbnail, HttpContext http, FarmDb db, CancellationToken ct)
    {
        var user = http.User;
        var found = await db.Snapshots.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.FarmId, s.PlotId, Bytes = thumbnail ? s.Thumbnail : s.Jpeg }).FirstOrDefaultAsync(ct);
        if (found is null || !await MayWatchAsync(user, found.FarmId, found.PlotId, db, ct))
            return Problems.NotFound("snapshot", id);
        // A stored snapshot never changes; private, since only these people may see it (no shared cache may keep it).
        http.Response.Headers[HeaderNames.CacheControl] = "private, max-age=86400, immutable";
        return Results.File(found.Bytes, "image/jpeg");
    }

    public static async Task<bool> MayWatchAsync(ClaimsPrincipal user, Guid farmId, Guid plotId, FarmDb db, CancellationToken ct)
    {
        var me = user.UserId();
        if (await (from a in db.Adoptions
                   join p in db.AdoptionPlans on a.PlanId equals p.Id
                   where a.CustomerUserId == me && a.ReleasedAt == null && p.PlotId == plotId
                   select a.Id).AnyAsync(ct))
            return true;
        var farm = await db.Farms.AsNoTracking().FirstAsync(f => f.Id == farmId, ct);
        return FarmAccess.MayManage(user, farm);
    }
}
