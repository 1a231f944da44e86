namespace Tianyuan.Farm.Telemetry;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tianyuan.Farm.Data;

/// <summary>
/// Keeps an external Mosquitto's password file and ACL file in step with the devices (ADR 0009): each active device
/// may log in with its id and key and publish to its own uplink topic only; the app's account may read every
/// uplink. Polled every <see cref="Every"/> rather than signalled, so a device registered on another app node is
/// picked up too; the files are rewritten (atomically) only when devices were added or revoked, then Mosquitto is
/// told to reload them (SIGHUP to the pid in its pid file).
/// </summary>
sealed class MosquittoAccounts(IServiceProvider services, ExternalBrokerSettings settings, ILogger<MosquittoAccounts> logger) : BackgroundService
{
    static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    (int Devices, int Revoked)? written;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.PasswordFile is null || settings.AclFile is null)
        {
            logger.LogInformation("Farm:Mqtt:External:PasswordFile/AclFile not set: device accounts on the broker are managed elsewhere");
            return;
        }

        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await SyncAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next round tries again; devices already on the broker keep working meanwhile.
                logger.LogWarning(e, "Could not update the MQTT broker's device accounts");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    async Task SyncAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FarmDb>();
        // Devices are never deleted, only revoked: these two counts change whenever the accounts must.
        var now = (await db.Devices.CountAsync(ct), await db.Devices.CountAsync(d => d.RevokedAt != null, ct));
        if (now == written)
            return;
        var devices = await db.Devices.AsNoTracking().Where(d => d.RevokedAt == null && d.MqttPasswordHash != null)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.FarmId, d.MqttPasswordHash }).ToListAsync(ct);

        var passwords = new StringBuilder().Append(settings.Username).Append(':').AppendLine(MosquittoPassword.Hash(settings.Password));
        var acl = new StringBuilder("# Written by Tianyuan (Farm); edits are overwritten.\n")
            .Append("user ").AppendLine(settings.Username).AppendLine("topic read farm/+/sensor/+/up");
        foreach (var d in devices)
        {
            passwords.Append(d.Id).Append(':').AppendLine(d.MqttPasswordHash);
            acl.AppendLine().Append("user ").Append(d.Id).AppendLine().Append("topic write ").AppendLine(MqttReadings.Topic(d.FarmId, d.Id));
        }

        await ReplaceAsync(settings.PasswordFile!, passwords.ToString(), ct);
        await ReplaceAsync(settings.AclFile!, acl.ToString(), ct);
        // Only once the broker has been told: a broker still starting (no pid file yet) may have read the old files,
        // so the next round writes and signals again rather than leave the new device locked out.
        if (!await ReloadAsync(ct))
            return;
        written = now;
        logger.LogInformation("MQTT broker accounts written for {Count} devices", devices.Count);
    }

    /// <summary>Write beside, then rename: Mosquitto never reads a half-written file.</summary>
    static async Task ReplaceAsync(string path, string content, CancellationToken ct)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, content, ct);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>True when the broker was signalled, or when no pid file is configured (the operator reloads it).</summary>
    async Task<bool> ReloadAsync(CancellationToken ct)
    {
        if (settings.PidFile is null)
            return true;
        if (!File.Exists(settings.PidFile) || !int.TryParse((await File.ReadAllTextAsync(settings.PidFile, ct)).Trim(), CultureInfo.InvariantCulture, out var pid))
        {
            logger.LogDebug("No Mosquitto pid in {PidFile} yet: the accounts are signalled on the next round", settings.PidFile);
            return false;
        }

        // SIGHUP makes Mosquitto re-read its password and ACL files without dropping connections.
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-HUP", pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync(ct);
        if (kill.ExitCode == 0)
            return true;
        logger.LogWarning("Could not signal Mosquitto (pid {Pid}) to reload its accounts", pid);
        return false;
    }
}
