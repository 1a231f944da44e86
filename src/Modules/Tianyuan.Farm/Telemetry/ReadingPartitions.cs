namespace Tianyuan.Farm.Telemetry;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Jobs;

/// <summary>
/// PostgreSQL only: keeps monthly partitions of farm_reading ready for this month and the next two, on one node,
/// daily. A month is created before its readings arrive; readings outside every month (very late ones) go to the
/// default partition, which is why a month that already has rows there is left alone (and logged).
/// </summary>
sealed class ReadingPartitions(IServiceProvider services, TimeProvider clock, ILogger<ReadingPartitions> logger)
    : ScheduledJob<FarmDb>(services, clock, logger)
{
    protected override string Name => "reading-partitions";

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override Task RunAsync(FarmDb db, CancellationToken ct) => EnsureAsync(db, Clock.GetUtcNow(), logger, ct);

    /// <summary>
    /// Creates this month's and the next two months' partitions if missing (PostgreSQL only). Also called before
    /// the demo writes its history, so that history lands in its month rather than in the default partition.
    /// </summary>
    public static async Task EnsureAsync(FarmDb db, DateTimeOffset nowUtc, ILogger logger, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
            return;
        var now = nowUtc.UtcDateTime;
        var first = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 3; i++)
        {
            var from = first.AddMonths(i);
            var to = from.AddMonths(1);
            var name = $"farm_reading_{from:yyyy_MM}";
            var sql = string.Create(CultureInfo.InvariantCulture,
                $"CREATE TABLE IF NOT EXISTS farm.{name} PARTITION OF farm.farm_reading FOR VALUES FROM ('{from:yyyy-MM-dd}') TO ('{to:yyyy-MM-dd}')");
            try
            {
                await db.Database.ExecuteSqlRawAsync(sql, ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation)
            {
                logger.LogWarning("Partition {Partition} not created: the default partition already holds readings of that month", name);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
            {
                // CREATE TABLE IF NOT EXISTS is not safe against a concurrent one (another node, or the writer at
                // start-up): the other session created it, which is all we wanted.
            }
        }
    }
}
