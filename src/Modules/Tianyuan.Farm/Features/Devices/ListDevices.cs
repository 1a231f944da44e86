namespace Tianyuan.Farm.Features.Devices;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Access;

/// <summary>GET /api/farm/devices[?farmId=]: the devices of the farms the caller works on, with when each last reported.</summary>
static class ListDevices
{
    public sealed record Item(Guid Id, Guid FarmId, Guid? PlotId, string Name, string Kind, string KeyPrefix, DateTimeOffset CreatedAt,
        DateTimeOffset? LastSeenAt, DateTimeOffset? RevokedAt, int Quarantined);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/devices", async (Guid? farmId, ClaimsPrincipal user, FarmDb db, CancellationToken ct) =>
            {
                var farms = db.Farms.AsNoTracking().VisibleTo(user).Select(f => f.Id);
                var devices = db.Devices.AsNoTracking().Where(d => farms.Contains(d.FarmId));
                if (farmId is { } id)
                    devices = devices.Where(d => d.FarmId == id);
                var rows = await devices.OrderBy(d => d.FarmId).ThenBy(d => d.Name).Take(500)
                    .Select(d => new Item(d.Id, d.FarmId, d.PlotId, d.Name, d.Kind, d.KeyPrefix, d.CreatedAt, d.LastSeenAt, d.RevokedAt,
                        db.Quarantine.Count(q => q.SensorId == d.Id)))
                    .ToListAsync(ct);
                return TypedResults.Ok(rows);
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListDevices))
            .WithSummary("Devices of the caller's farms, with last report and how many readings were quarantined.");
}
