namespace Tianyuan.Farm.Features.Overview;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Telemetry;

/// <summary>
/// What a farm's chart can show: every (sensor, quantity) with hourly data in the last 30 days, soil moisture first,
/// then the weather, then the rest (battery, ...). A device that has been silent for a month drops out of the list.
/// Tuples, not a record: the chart component takes them as a parameter, and module types stay internal.
/// </summary>
static class ListFarmSeries
{
    static readonly string[] Order = ["soil-moisture", "temperature", "humidity", "soil-temperature", "precipitation"];

    public static async Task<Dictionary<Guid, IReadOnlyList<(Guid SensorId, string DeviceName, string Quantity, string? Unit)>>> ExecuteAsync(IReadOnlyCollection<Guid> farmIds, FarmDb db, DateTimeOffset now, CancellationToken ct)
    {
        var devices = await db.Devices.AsNoTracking().Where(d => farmIds.Contains(d.FarmId) && d.RevokedAt == null)
            .Select(d => new { d.Id, d.FarmId, d.Name }).ToListAsync(ct);
        var ids = devices.Select(d => d.Id).ToList();
        var since = now.AddDays(-30);
        var pairs = await db.Hourly.AsNoTracking().Where(h => ids.Contains(h.SensorId) && h.Start >= since)
            .Select(h => new { h.SensorId, h.Quantity }).Distinct().ToListAsync(ct);
        return devices.GroupBy(d => d.FarmId).ToDictionary(farm => farm.Key, IReadOnlyList<(Guid, string, string, string?)> (farm) =>
        [
            .. farm.SelectMany(d => pairs.Where(p => p.SensorId == d.Id).Select(p => (SensorId: d.Id, DeviceName: d.Name, p.Quantity, Unit: SenmlUnits.UnitOf(p.Quantity))))
                .OrderBy(s => Array.IndexOf(Order, s.Quantity) is var i and >= 0 ? i : Order.Length)
                .ThenBy(s => s.DeviceName, StringComparer.Ordinal),
        ]);
    }
}
