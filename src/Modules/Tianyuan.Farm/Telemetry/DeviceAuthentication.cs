namespace Tianyuan.Farm.Telemetry;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
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

    /// <summary>
    /// "Last seen" for the device list and the silent-device alert; once a minute is precise enough. Called after the
    /// readings are committed, so a failure here is logged and never turns a stored message into a resend.
    /// </summary>
    public static async Task TouchAsync(FarmDb db, Device device, DateTimeOffset now, ILogger logger, CancellationToken ct)
    {
        if (device.LastSeenAt is { } seen && now - seen < TimeSpan.FromMinutes(1))
            return;
        device.LastSeenAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            logger.LogWarning(e, "Could not record that device {Device} was seen", device.Id);
        }
    }
}
