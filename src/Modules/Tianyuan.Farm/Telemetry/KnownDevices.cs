namespace Tianyuan.Farm.Telemetry;

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;

/// <summary>
/// The devices MQTT messages come from, remembered between messages. Looking a device up for every message was
/// most of the app's CPU at a few thousand messages a second (profiled: EF Core query per message); a device
/// changes rarely, so it is read again at most every <see cref="RecheckEvery"/>. The price: a revoked device's open
/// MQTT connection is closed within that time rather than at its next message.
/// </summary>
sealed class KnownDevices(IServiceProvider services, TimeProvider clock, ILogger<KnownDevices> logger)
{
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(30);

    /// <summary>"Last seen" is written at most this often per device, as over HTTP.</summary>
    static readonly TimeSpan SeenEvery = TimeSpan.FromMinutes(1);

    sealed record Entry(Device? Device, DateTimeOffset CheckedAt);

    readonly ConcurrentDictionary<Guid, Entry> entries = new();
    readonly ConcurrentDictionary<Guid, DateTimeOffset> seen = new();

    /// <summary>The device if it exists and is not revoked (as of at most <see cref="RecheckEvery"/> ago); otherwise null.</summary>
    public async ValueTask<Device?> FindActiveAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(id, out var entry) && now - entry.CheckedAt < RecheckEvery)
            return entry.Device;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FarmDb>();
        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.RevokedAt == null, ct);
        entries[id] = new Entry(device, now);
        return device;
    }

    /// <summary>
    /// Records that the device sent readings that are now stored, for the device list and the silent-device alert.
    /// A failure is logged and never turns a stored message into a resend.
    /// </summary>
    public async Task SeenAsync(Device device, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var last = seen.GetOrAdd(device.Id, device.LastSeenAt ?? DateTimeOffset.MinValue);
        if (now - last < SeenEvery || !seen.TryUpdate(device.Id, now, last))
            return;
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FarmDb>();
            await db.Devices.Where(d => d.Id == device.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.LastSeenAt, now), ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogWarning(e, "Could not record that device {Device} was seen", device.Id);
        }
    }
}
