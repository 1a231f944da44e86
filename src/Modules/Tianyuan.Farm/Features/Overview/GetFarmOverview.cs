namespace Tianyuan.Farm.Features.Overview;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Features.Plantings;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Regions.Contracts;

/// <summary>
/// GET /api/farm/overview: the farms the caller works on, each plot with its latest soil moisture and the last
/// 24 hours' range, the weather station's latest values, and every device's last report. The "我的农场" page shows
/// the same. The soil status compares the latest moisture with the plot's readily-available-water limit
/// (FAO-56 Eq 83): with the planted crop's root depth, p and today's Kc while a planting is in season, otherwise with
/// the defaults (0.4 m, p = 0.5, Kc 1.0). The moisture band (dry, ok, wet, none) colours the plot map.
/// </summary>
static class GetFarmOverview
{
    public sealed record Latest(double Value, string Unit, DateTimeOffset At);

    public sealed record PlotView(Guid Id, string Name, string? Crop, double AreaMu, string SoilType, double FieldCapacityPct, double WiltingPointPct,
        double RefillPointPct, Latest? SoilMoisture, double? Min24h, double? Max24h, bool? NeedsWater, IrrigationAdvice? Advice, PlantingView? Planting,
        string MoistureBand);

    public sealed record DeviceView(Guid Id, string Name, string Kind, string? PlotName, DateTimeOffset? LastSeenAt, DateTimeOffset? LastReadingAt);

    /// <param name="Et0MmPerDay">
    /// Reference ET over the last 24 hours by Hargreaves (Eq 52) from the station's temperatures; without a station, by
    /// Penman–Monteith (Eq 6, with FAO-56's fallbacks) from the latest imported day of the last three; otherwise null.
    /// </param>
    /// <param name="Et0ImportedDay">The imported day the ET0 comes from; null when it comes from the station.</param>
    public sealed record FarmView(Guid Id, string Name, string RegionCode, Latest? AirTemperature, Latest? AirHumidity, double? Et0MmPerDay,
        DateOnly? Et0ImportedDay, IReadOnlyList<PlotView> Plots, IReadOnlyList<DeviceView> Devices);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/overview", async (ClaimsPrincipal user, FarmDb db, IRegionDirectory regions, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(user, db, regions, clock, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetFarmOverview))
            .WithSummary("The caller's farms with each plot's latest soil moisture, status and irrigation advice, weather and device reports.");

    public static async Task<IReadOnlyList<FarmView>> ExecuteAsync(ClaimsPrincipal user, FarmDb db, IRegionDirectory regions, TimeProvider clock, CancellationToken ct)
    {
        var farms = await db.Farms.AsNoTracking().VisibleTo(user).Include(f => f.Plots).OrderBy(f => f.RegionCode).ThenBy(f => f.Name).Take(50).ToListAsync(ct);
        var farmIds = farms.Select(f => f.Id).ToList();
        var devices = await db.Devices.AsNoTracking().Where(d => farmIds.Contains(d.FarmId) && d.RevokedAt == null).OrderBy(d => d.Name).ToListAsync(ct);
        var deviceIds = devices.Select(d => d.Id).ToList();

        // Latest value per sensor and quantity within two days; older values are not "current" for advice.
        var since = clock.GetUtcNow().AddDays(-2);
        var recent = await db.Readings.AsNoTracking().Where(r => deviceIds.Contains(r.SensorId) && r.Time >= since)
            .GroupBy(r => new { r.SensorId, r.Quantity })
            .Select(g => g.OrderByDescending(r => r.Time).First())
            .ToListAsync(ct);
        var latest = recent.ToDictionary(r => (r.SensorId, r.Quantity), r => new Latest(r.Value, r.Unit, r.Time));
        var dayAgo = clock.GetUtcNow().AddHours(-24);
        var ranges = await db.Hourly.AsNoTracking().Where(h => deviceIds.Contains(h.SensorId) && h.Quantity == "soil-moisture" && h.Start >= dayAgo)
            .GroupBy(h => h.SensorId).Select(g => new { Sensor = g.Key, Min = g.Min(h => h.Min), Max = g.Max(h => h.Max) }).ToListAsync(ct);
        var temperatures = await db.Hourly.AsNoTracking().Where(h => deviceIds.Contains(h.SensorId) && h.Quantity == "temperature" && h.Start >= dayAgo)
            .GroupBy(h => h.SensorId).Select(g => new { Sensor = g.Key, Min = g.Min(h => h.Min), Max = g.Max(h => h.Max), Hours = g.Count() }).ToListAsync(ct);
        var plotIds = farms.SelectMany(f => f.Plots).Select(p => p.Id).ToList();
        var today = clock.Today();
        var plantings = (await db.Plantings.AsNoTracking().Where(p => plotIds.Contains(p.PlotId) && p.StartedOn <= today).ToListAsync(ct)).ToLookup(p => p.PlotId);
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var recentImports = today.AddDays(-2);
        var imported = (await db.Weather.AsNoTracking().Where(w => farmIds.Contains(w.FarmId) && w.Day >= recentImports && w.Day <= today).ToListAsync(ct))
            .GroupBy(w => w.FarmId).ToDictionary(g => g.Key, g => g.MaxBy(w => w.Day)!);
        var latitudes = new Dictionary<string, double>();
        foreach (var code in farms.Select(f => f.RegionCode).Distinct())
            latitudes[code] = (await regions.FindAsync(code, ct))?.Latitude ?? 0;

        return [.. farms.Select(farm =>
        {
            var farmDevices = devices.Where(d => d.FarmId == farm.Id).ToList();
            var station = farmDevices.FirstOrDefault(d => d.Kind == "weather-station");
            // Hargreaves needs a day's extremes: only with most of the last 24 hours reported.
            var day = station is null ? null : temperatures.FirstOrDefault(t => t.Sensor == station.Id && t.Hours >= 18);
            var import = day is null ? imported.GetValueOrDefault(farm.Id) : null;
            // Elevation is not known for a village yet: sea level understates ET0 by about 1 % per 300 m (through γ).
            double? et0 = day is not null ? Math.Round(DailyEt0.Hargreaves(day.Min, day.Max, latitudes[farm.RegionCode], today), 1)
                : import is null ? null
                : Math.Round(DailyEt0.Calculate(new DailyWeather(import.Day, latitudes[farm.RegionCode], 0, import.TMinC, import.TMaxC, RhMeanPct: import.RhMeanPct,
                    WindSpeedMs: import.WindSpeedMs, SunshineHours: import.SunshineHours)).Et0MmPerDay, 1);
            var plots = farm.Plots.OrderBy(p => p.Name).Select(plot =>
            {
                // The plot's freshest soil-moisture reading, whichever of its sensors sent it.
                var sensor = farmDevices.Where(d => d.PlotId == plot.Id && latest.ContainsKey((d.Id, "soil-moisture")))
                    .MaxBy(d => latest[(d.Id, "soil-moisture")].At);
                var moisture = sensor is null ? null : latest[(sensor.Id, "soil-moisture")];
                var range = sensor is null ? null : ranges.FirstOrDefault(r => r.Sensor == sensor.Id);
                var planting = PlantingView.Current(plantings[plot.Id], today);
                var (zone, kc) = PlotRootZone.For(plot, planting, today);
                var refill = PlotRootZone.RefillPointPct(zone);
                var advice = moisture is null ? null : Irrigation.Advise(zone, moisture.Value / 100, plot.AreaM2, et0, kc);
                // One verdict for the badge, the advice and the map: the advice's (depletion has reached the readily
                // available water), so a reading exactly at the refill point is not "fine" on one and "irrigate" on another.
                var needsWater = advice?.IrrigateNow;
                return new PlotView(plot.Id, plot.Name, plot.Crop, Math.Round(plot.AreaMu, 1), plot.SoilType, plot.FieldCapacity * 100, plot.WiltingPoint * 100,
                    Math.Round(refill, 1), moisture, range?.Min, range?.Max, needsWater, advice,
                    planting is null ? null : PlantingView.Of(planting, today, english),
                    PlotMapLayout.MoistureBand(moisture?.Value, needsWater, plot.FieldCapacity * 100));
            }).ToList();
            var lastReading = recent.GroupBy(r => r.SensorId).ToDictionary(g => g.Key, g => g.Max(r => r.Time));
            return new FarmView(farm.Id, farm.Name, farm.RegionCode,
                station is null ? null : latest.GetValueOrDefault((station.Id, "temperature")),
                station is null ? null : latest.GetValueOrDefault((station.Id, "humidity")),
                et0,
                import?.Day,
                plots,
                [.. farmDevices.Select(d => new DeviceView(d.Id, d.Name, d.Kind, farm.Plots.FirstOrDefault(p => p.Id == d.PlotId)?.Name, d.LastSeenAt,
                    lastReading.TryGetValue(d.Id, out var at) ? at : null))]);
        })];
    }
}
