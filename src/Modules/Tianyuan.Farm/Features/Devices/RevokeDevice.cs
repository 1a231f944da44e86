namespace Tianyuan.Farm.Features.Devices;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Access;

/// <summary>
/// DELETE /api/farm/devices/{id}: revokes a lost or replaced device's key at once (HTTP and new MQTT connections are
/// refused). Its readings stay; the device row stays for the record.
/// </summary>
static class RevokeDevice
{
    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapDelete("/devices/{id:guid}", async (Guid id, ClaimsPrincipal user, FarmDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == id, ct);
                if (device is null)
                    return (IResult)Problems.NotFound("device", id);
                var farm = await db.Farms.AsNoTracking().FirstAsync(f => f.Id == device.FarmId, ct);
                if (!FarmAccess.MayManage(user, farm))
                    return Problems.Forbidden("Only the farm's own farmers (or an operator of its region) may revoke its devices.");
                device.RevokedAt ??= clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RevokeDevice))
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
