namespace Tianyuan.Farm.Telemetry;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Kernel.Access;

/// <summary>Finds the device behind a presented key (X-Device-Key, or the MQTT password); revoked keys fail.</summary>
static class DeviceAuthentication
{
    public static async Task<Device?> FindAsync(FarmDb db, string? presented, CancellationToken ct)
    {
        if (!SecretKey.TryParse(presented, Device.KeyTag, out var key))
            return null;
        var prefix = key.Value.Prefix;
        var device = await db.Devices.FirstOrDefaultAsync(d => d.KeyPrefix == prefix, ct);
        return device is not null && device.RevokedAt is null && key.Value.Matches(device.KeyHash) ? device : null;
    }

    /// <summary>"Last seen" for the device list and the silent-device alert; once a minute is precise enough.</summary>
    public static async Task TouchAsync(FarmDb db, Device device, DateTimeOffset now, CancellationToken ct)
    {
        if (device.LastSeenAt is { } seen && now - seen < TimeSpan.FromMinutes(1))
            return;
        device.LastSeenAt = now;
        await db.SaveChangesAsync(ct);
    }
}
