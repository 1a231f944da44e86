namespace Tianyuan.Farm.Features.Plots;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Jobs;
using Tianyuan.Trace.Contracts;

/// <summary>
/// Hourly, on one node: each plot's finished days of soil moisture, air temperature and humidity (min, max, mean over
/// the plot's sensors, from the daily rollups) become one Trace sensor-report event per plot and day, which the
/// consumer page of a lot harvested there sums up as the field's record. It looks at the last <see cref="DaysBack"/>
/// days, not only yesterday, so a day missed while Trace or this node was down is recorded on the next run; Trace
/// records a plot's day once, whatever the number of runs.
/// </summary>
sealed class SensorDaysToTrace(IServiceProvider services, IServiceScopeFactory scopes, TimeProvider clock, ILogger<SensorDaysToTrace> logger)
    : ScheduledJob<FarmDb>(services, clock, logger)
{
    public const int DaysBack = 3;

    /// <summary>Farm quantity → (Trace measurement type, UN/CEFACT unit of its normalised SenML unit).</summary>
    static readonly Dictionary<string, (string Type, string Unit)> Quantities = new(StringComparer.Ordinal)
    {
        ["soil-moisture"] = (TraceSensorRange.SoilMoisture, "P1"),
        ["temperature"] = (TraceSensorRange.Temperature, "CEL"),
        ["humidity"] = (TraceSensorRange.RelativeHumidity, "P1"),
    };

    protected override string Name => "sensor-days-to-trace";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunAsync(FarmDb db, CancellationToken ct)
    {
        var today = Clock.Today();
        // China midnights as UTC instants (Npgsql writes timestamptz parameters only in UTC).
        var first = ChinaTime.At(today.AddDays(-DaysBack), TimeOnly.MinValue);
        var until = ChinaTime.At(today, TimeOnly.MinValue);
        var names = Quantities.Keys.ToList();
        var rows = await (from r in db.Daily.AsNoTracking()
                          join d in db.Devices.AsNoTracking() on r.SensorId equals d.Id
                          where d.PlotId != null && r.Start >= first && r.Start < until && names.Contains(r.Quantity) && r.Count > 0
                          select new { PlotId = d.PlotId!.Value, r.Start, r.Quantity, r.Min, r.Max, r.Sum, r.Count })
            .ToListAsync(ct);

        await using var scope = scopes.CreateAsyncScope();
        var trace = scope.ServiceProvider.GetRequiredService<ITraceRecords>();
        foreach (var day in rows.GroupBy(r => (r.PlotId, Day: DateOnly.FromDateTime(r.Start.ToChinaTime().DateTime))))
        {
            var readings = day.GroupBy(r => r.Quantity).Select(q =>
            {
                var (type, unit) = Quantities[q.Key];
                var count = q.Sum(r => r.Count);
                return new TraceSensorRange(type, unit, (decimal)q.Min(r => r.Min), (decimal)q.Max(r => r.Max), (decimal)(q.Sum(r => r.Sum) / count), count);
            }).OrderBy(r => r.Type, StringComparer.Ordinal).ToList();
            await trace.RecordFieldDayAsync(new TraceFieldDay(PlotField.Name(day.Key.PlotId), day.Key.Day, readings), ct);
        }
    }
}
