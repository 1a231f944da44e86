namespace Tianyuan.Farm.Alerts;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Features.Plantings;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Jobs;

/// <summary>
/// Every few minutes, on one node: looks at each active device's latest readings and raises, refreshes or resolves
/// the farm's alerts. Thresholds: soil moisture below the plot's refill point (FAO-56 RAW with the planting's p, or 0.5), air
/// temperature at or below <see cref="FrostC"/>, battery below <see cref="LowBatteryPct"/>, potato late blight weather
/// (Hutton criteria from the station's hourly temperature and humidity), no reading for
/// Farm:Alerts:SilentMinutes (default 60) from a device that has reported before, and degree-day rules crossed since a
/// pest's biofix (<see cref="PestWarnings"/>). New alerts then go out through every <see cref="IAlertSink"/>.
/// </summary>
sealed class AlertSweep(IServiceProvider services, TimeProvider clock, IConfiguration configuration, IEnumerable<IAlertSink> sinks,
    IStringLocalizer<FarmText> t, ILogger<AlertSweep> logger)
    : ScheduledJob<FarmDb>(services, clock, logger)
{
    public const double FrostC = 2;
    public const double LowBatteryPct = 20;

    protected override string Name => "alert-sweep";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue<int?>("Farm:Alerts:SweepSeconds") ?? 300);

    TimeSpan Silent => TimeSpan.FromMinutes(configuration.GetValue<int?>("Farm:Alerts:SilentMinutes") ?? 60);

    protected override async Task RunAsync(FarmDb db, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var devices = await db.Devices.AsNoTracking().Where(d => d.RevokedAt == null).ToListAsync(ct);
        var plots = await db.Plots.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var today = Clock.Today();
        var plantings = (await db.Plantings.AsNoTracking().Where(p => p.StartedOn <= today).ToListAsync(ct)).ToLookup(p => p.PlotId);
        // Only the last day is read: older values are not "current", and a sweep must stay cheap on a big county.
        var since = now.AddDays(-1);
        var latest = (await db.Readings.AsNoTracking().Where(r => r.Time >= since)
                .GroupBy(r => new { r.SensorId, r.Quantity }).Select(g => g.OrderByDescending(r => r.Time).First()).ToListAsync(ct))
            .ToLookup(r => r.SensorId);
        var open = await db.Alerts.Where(a => a.ResolvedAt == null).ToDictionaryAsync(a => a.Key, ct);
        var blight = await BlightRiskAsync(db, now, ct);

        foreach (var device in devices)
        {
            var readings = latest[device.Id].ToDictionary(r => r.Quantity);
            var lastReading = readings.Count == 0 ? device.LastSeenAt : readings.Values.Max(r => r.Time);
            var plot = device.PlotId is { } plotId ? plots.GetValueOrDefault(plotId) : null;
            // The same refill point as the overview's advice: the planting's p while in season, 0.5 otherwise.
            var refill = plot is null ? (double?)null : PlotRootZone.RefillPointPct(PlotRootZone.For(plot, PlantingView.Current(plantings[plot.Id], today), today).Zone);

            Check(db, open, device, plot, "device-silent", lastReading is { } seen && now - seen > Silent, lastReading is { } s ? (now - s).TotalMinutes : 0, now);
            Check(db, open, device, plot, "soil-dry", Below(readings, "soil-moisture", refill), Value(readings, "soil-moisture"), now);
            Check(db, open, device, plot, "frost-risk", Below(readings, "temperature", FrostC + 0.0001), Value(readings, "temperature"), now);
            Check(db, open, device, plot, "battery-low", Below(readings, "battery", LowBatteryPct), Value(readings, "battery"), now);
            Check(db, open, device, plot, "late-blight", blight.TryGetValue(device.Id, out var humid), humid, now);
        }

        // A revoked device's conditions no longer concern anyone: close what it left open.
        var active = devices.Select(d => d.Id).ToHashSet();
        foreach (var orphan in open.Values.Where(a => a.ResolvedAt is null && a.DeviceId is { } id && !active.Contains(id)))
            orphan.ResolvedAt = now;

        await PestWarnings.SweepAsync(db, open, now, ct);
        await db.SaveChangesAsync(ct);
        await AlertDispatch.DeliverNewAsync(db, sinks, t, logger, now, ct);
    }

    /// <summary>
    /// Devices whose hourly temperature and humidity complete a Hutton period (two days, each with a minimum of at least
    /// 10 °C and 6+ hours at RH ≥ 90 %) ending yesterday or today, with that last day's humid hours. Three China days of
    /// hourly rollups are read: enough for a period that ended yesterday, cheap on a big county.
    /// </summary>
    static async Task<Dictionary<Guid, double>> BlightRiskAsync(FarmDb db, DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddDays(-3);
        var hours = await db.Hourly.AsNoTracking().Where(h => h.Start >= since && (h.Quantity == "temperature" || h.Quantity == "humidity") && h.Count > 0)
            .Select(h => new { h.SensorId, h.Quantity, h.Start, Mean = h.Sum / h.Count }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(now.ToChinaTime().DateTime);
        var risk = new Dictionary<Guid, double>();
        foreach (var sensor in hours.GroupBy(h => h.SensorId))
        {
            var humidity = sensor.Where(h => h.Quantity == "humidity").ToDictionary(h => h.Start, h => h.Mean);
            var joined = sensor.Where(h => h.Quantity == "temperature" && humidity.ContainsKey(h.Start)).Select(h => (h.Start, h.Mean, humidity[h.Start]));
            var days = LateBlight.FromHourly(joined);
            var (periods, _) = LateBlight.Evaluate(days);
            if (periods.FirstOrDefault(p => p.Rule == LateBlight.Hutton && p.EndsOn >= today.AddDays(-1)) is { } period)
                risk[sensor.Key] = days.First(d => d.Date == period.EndsOn).HoursHumid;
        }

        return risk;
    }

    static bool Below(Dictionary<string, Reading> readings, string quantity, double? limit) =>
        limit is not null && readings.TryGetValue(quantity, out var r) && r.Value < limit;

    static double Value(Dictionary<string, Reading> readings, string quantity) => readings.TryGetValue(quantity, out var r) ? r.Value : 0;

    /// <summary>Raise (or refresh) the alert while the condition holds; resolve it when it no longer does.</summary>
    static void Check(FarmDb db, Dictionary<string, FarmAlert> open, Device device, Plot? plot, string kind, bool holds, double value, DateTimeOffset now)
    {
        var key = $"{kind}:{device.Id:N}";
        if (open.TryGetValue(key, out var alert))
        {
            if (holds)
            {
                alert.LastSeenAt = now;
                alert.Value = value;
            }
            else
            {
                alert.ResolvedAt = now;
            }
        }
        else if (holds)
        {
            db.Alerts.Add(new FarmAlert
            {
                Id = Guid.CreateVersion7(now), FarmId = device.FarmId, PlotId = plot?.Id, DeviceId = device.Id, Kind = kind, Key = key,
                Value = value, RaisedAt = now, LastSeenAt = now,
            });
        }
    }
}
