namespace Tianyuan.Farm.Features.Overview;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel;

/// <summary>
/// A farm's last year of air temperature, one row per China day from its weather station's daily rollups (the
/// station the weather line shows: the first by name), for the year chart on /farm. Reading the rollups keeps it to
/// 365 rows whatever the raw retention.
/// </summary>
static class GetYearOfTemperature
{
    public static async Task<IReadOnlyList<(DateOnly Day, double Min, double Mean, double Max)>> ExecuteAsync(Guid farmId, FarmDb db, TimeProvider clock, CancellationToken ct)
    {
        var station = await db.Devices.AsNoTracking()
            .Where(d => d.FarmId == farmId && d.RevokedAt == null && d.Kind == "weather-station")
            .OrderBy(d => d.Name).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        if (station is null)
            return [];
        var since = clock.GetUtcNow().AddDays(-365);
        var days = await db.Daily.AsNoTracking()
            .Where(r => r.SensorId == station && r.Quantity == "temperature" && r.Start >= since)
            .OrderBy(r => r.Start)
            .Select(r => new { r.Start, r.Min, r.Max, r.Sum, r.Count })
            .ToListAsync(ct);
        return [.. days.Select(d => (DateOnly.FromDateTime(d.Start.ToChinaTime().DateTime), d.Min, d.Sum / d.Count, d.Max))];
    }
}
