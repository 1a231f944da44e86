namespace Tianyuan.Stays.Features.Photos;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;

/// <summary>DELETE /api/stays/photos/{id}: the host removes a listing photo.</summary>
static class RemovePhoto
{
    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapDelete("/photos/{id:guid}", async (Guid id, ClaimsPrincipal user, StaysDb db, CancellationToken ct) =>
            {
                var photo = await db.Photos.FirstOrDefaultAsync(p => p.Id == id, ct);
                var stay = photo is null ? null : await db.Stays.AsNoTracking().FirstAsync(s => s.Id == photo.StayId, ct);
                if (photo is null || !StayAccess.MayManage(user, stay!))
                    return Problems.NotFound("photo", id);
                db.Photos.Remove(photo);
                await db.SaveChangesAsync(ct);
                return Results.NoContent();
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RemovePhoto))
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
