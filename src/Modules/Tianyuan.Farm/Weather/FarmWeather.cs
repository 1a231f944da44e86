namespace Tianyuan.Farm.Weather;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel;

/// <summary>
/// A farm's daily temperatures for degree-days and ET0: the station's daily rollups (the farm's first weather station by
/// name, the one /farm shows) and, for days it did not report (or a farm without one), the weather the farmer imported.
/// </summary>
static class FarmWeather
{
    public static async Task<IReadOnlyList<DayTemperatures>> DailyTemperaturesAsync(FarmDb db, Guid farmId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var station = await db.Devices.AsNoTracking().Where(d => d.FarmId == farmId && d.Kind == "weather-station" && d.RevokedAt == null)
            .OrderBy(d => d.Name).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        var days = new SortedDictionary<DateOnly, DayTemperatures>();
        var imported = await db.Weather.AsNoTracking().Where(w => w.FarmId == farmId && w.Day >= from && w.Day <= to).ToListAsync(ct);
        foreach (var w in imported)
            days[w.Day] = new DayTemperatures(w.Day, w.TMinC, w.TMaxC);
        if (station is { } id)
        {
            // PostgreSQL wants the bound in UTC.
            var since = ChinaTime.At(from, TimeOnly.MinValue);
            var rollups = await db.Daily.AsNoTracking().Where(r => r.SensorId == id && r.Quantity == "temperature" && r.Start >= since && r.Count > 0)
                .Select(r => new { r.Start, r.Min, r.Max }).ToListAsync(ct);
            // The station's own measurements win over an import for the same day.
            foreach (var r in rollups.Select(r => new { Day = DateOnly.FromDateTime(r.Start.ToChinaTime().DateTime), r.Min, r.Max }).Where(r => r.Day <= to))
                days[r.Day] = new DayTemperatures(r.Day, r.Min, r.Max);
        }

        return [.. days.Values];
    }
}
