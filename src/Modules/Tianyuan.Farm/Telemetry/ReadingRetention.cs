namespace Tianyuan.Farm.Telemetry;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Jobs;

/// <summary>
/// Daily, on one node: forgets readings past their resolution's retention, because a county's sensors write millions
/// of rows a month and the advice only needs recent raw data. Raw readings and quarantine are kept
/// Farm:Retention:RawDays (default 90), hourly rollups Farm:Retention:HourlyDays (default 730), daily rollups for
/// good (they are a few rows per sensor a day and are what season comparisons read). On PostgreSQL whole monthly
/// partitions past the cut-off are dropped (instant, no bloat) and the rest deleted.
/// </summary>
sealed partial class ReadingRetention(IServiceProvider services, TimeProvider clock, IConfiguration configuration, ILogger<ReadingRetention> logger)
    : ScheduledJob<FarmDb>(services, clock, logger)
{
    protected override string Name => "reading-retention";

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    int RawDays => configuration.GetValue<int?>("Farm:Retention:RawDays") ?? 90;

    int HourlyDays => configuration.GetValue<int?>("Farm:Retention:HourlyDays") ?? 730;

    protected override async Task RunAsync(FarmDb db, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var rawCutoff = now.AddDays(-RawDays);
        var hourlyCutoff = now.AddDays(-HourlyDays);
        var dropped = db.Database.IsNpgsql() ? await DropOldPartitionsAsync(db, rawCutoff, ct) : 0;
        var raw = await db.Readings.Where(r => r.Time < rawCutoff).ExecuteDeleteAsync(ct);
        var quarantined = await db.Quarantine.Where(q => q.ReceivedAt < rawCutoff).ExecuteDeleteAsync(ct);
        var hourly = await db.Hourly.Where(h => h.Start < hourlyCutoff).ExecuteDeleteAsync(ct);
        LogForgotten(raw, dropped, quarantined, hourly, RawDays, HourlyDays);
    }

    /// <summary>Drops the monthly partitions (farm_reading_yyyy_MM) that end before the cut-off.</summary>
    static async Task<int> DropOldPartitionsAsync(FarmDb db, DateTimeOffset cutoff, CancellationToken ct)
    {
        var partitions = await db.Database.SqlQueryRaw<string>(
                "SELECT c.relname AS \"Value\" FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent " +
                "JOIN pg_namespace n ON n.oid = p.relnamespace WHERE n.nspname = 'farm' AND p.relname = 'farm_reading'")
            .ToListAsync(ct);
        var dropped = 0;
        foreach (var name in partitions)
        {
            if (!DateTime.TryParseExact(name.Replace("farm_reading_", "", StringComparison.Ordinal), "yyyy_MM", CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var month) || month.AddMonths(1) > cutoff.UtcDateTime)
                continue;
            // The name is one we parsed as farm_reading_yyyy_MM above, so it is safe to put in the statement.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"DROP TABLE IF EXISTS farm.{name}", ct);
#pragma warning restore EF1002
            dropped++;
        }

        return dropped;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention: {Raw} raw readings deleted and {Partitions} monthly partitions dropped (older than {RawDays} days), {Quarantined} quarantined, {Hourly} hourly rollups (older than {HourlyDays} days)")]
    partial void LogForgotten(int raw, int partitions, int quarantined, int hourly, int rawDays, int hourlyDays);
}
