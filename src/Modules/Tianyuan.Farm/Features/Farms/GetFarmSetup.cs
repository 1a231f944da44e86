namespace Tianyuan.Farm.Features.Farms;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Telemetry;

/// <summary>
/// What the 地块和设备 page lists: each farm the caller works on, its plots (with whether an outline is drawn) and its
/// devices in service, with their last report and calibration. Revoked devices are left out; their readings stay.
/// The last report is the later of the device's last connection and its newest hourly data (history written by an
/// import or the demo has no connection) within the last 30 days.
/// </summary>
static class GetFarmSetup
{
    public sealed record PlotRow(Guid Id, string Name, double AreaMu, string SoilType, double FieldCapacity, double WiltingPoint, string? Crop, bool Outlined);

    public sealed record DeviceRow(Guid Id, string Name, string Kind, Guid? PlotId, DateTimeOffset? LastReportAt, IReadOnlyList<Calibration> Calibrations);

    public sealed record FarmSetup(Guid Id, string Name, IReadOnlyList<PlotRow> Plots, IReadOnlyList<DeviceRow> Devices);

    public static async Task<IReadOnlyList<FarmSetup>> ExecuteAsync(ClaimsPrincipal user, FarmDb db, TimeProvider clock, CancellationToken ct)
    {
        var farms = await db.Farms.AsNoTracking().VisibleTo(user).Include(f => f.Plots).OrderBy(f => f.Name).Take(50).ToListAsync(ct);
        var ids = farms.Select(f => f.Id).ToList();
        var devices = (await db.Devices.AsNoTracking().Where(d => ids.Contains(d.FarmId) && d.RevokedAt == null).ToListAsync(ct)).ToLookup(d => d.FarmId);
        var deviceIds = devices.SelectMany(g => g).Select(d => d.Id).ToList();
        var month = clock.GetUtcNow().AddDays(-30);
        var newest = await db.Hourly.AsNoTracking().Where(h => deviceIds.Contains(h.SensorId) && h.Start >= month)
            .GroupBy(h => h.SensorId).Select(g => new { Sensor = g.Key, Start = g.Max(h => h.Start) }).ToDictionaryAsync(x => x.Sensor, x => x.Start, ct);
        return [.. farms.Select(f => new FarmSetup(f.Id, f.Name,
            [.. f.Plots.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new PlotRow(p.Id, p.Name, Math.Round(p.AreaMu, 1), p.SoilType, p.FieldCapacity, p.WiltingPoint, p.Crop,
                Overview.PlotOutline.Rings(p.BoundaryGeoJson).Count > 0))],
            [.. devices[f.Id].OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => new DeviceRow(d.Id, d.Name, d.Kind, d.PlotId,
                newest.TryGetValue(d.Id, out var hour) && (d.LastSeenAt is null || hour > d.LastSeenAt) ? hour : d.LastSeenAt, Calibration.Read(d.CalibrationJson)))]))];
    }
}
