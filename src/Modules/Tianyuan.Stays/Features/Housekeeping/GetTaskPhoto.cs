namespace Tianyuan.Stays.Features.Housekeeping;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;

/// <summary>GET /api/stays/housekeeping/{id}/photo.jpg: the cleaner's photo of the room, for the stay's hosts only.</summary>
static class GetTaskPhoto
{
    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/housekeeping/{id:guid}/photo.jpg", async (Guid id, ClaimsPrincipal user, StaysDb db, CancellationToken ct) =>
            {
                var task = await db.Housekeeping.AsNoTracking().Where(h => h.Id == id).Select(h => new { h.StayId, h.Photo }).FirstOrDefaultAsync(ct);
                var stay = task is null ? null : await db.Stays.AsNoTracking().FirstAsync(s => s.Id == task.StayId, ct);
                return task?.Photo is null || !StayAccess.MayManage(user, stay!) ? Problems.NotFound("photo", id) : Results.File(task.Photo, "image/jpeg");
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetTaskPhoto))
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
