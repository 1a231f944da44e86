namespace Tianyuan.Bench;

using Microsoft.Data.Sqlite;
using Npgsql;

/// <summary>
/// What the database holds for the benchmark's devices, against what they were told is stored: every acknowledged
/// reading must be there (lost = 0), and the hourly rollups must count each stored reading exactly once.
/// Readings of a last, unacknowledged message may or may not be stored (at least once delivery); they are reported
/// apart, never as loss.
/// </summary>
sealed record IngestReconciliation(long AcknowledgedReadings, long StoredOfAcknowledged, long StoredUnacknowledged, long RollupCount)
{
    public long Lost => AcknowledgedReadings - StoredOfAcknowledged;

    /// <summary>Rollup count minus stored rows: positive is double counting, negative a reading the rollups missed.</summary>
    public long RollupMismatch => RollupCount - (StoredOfAcknowledged + StoredUnacknowledged);

    public static async Task<IngestReconciliation> CountAsync(IReadOnlyList<IngestDevice> devices, string? postgres, string sqliteFile)
    {
        long acknowledged = 0, storedAcknowledged = 0, storedOther = 0, rollup = 0;
        foreach (var device in devices)
        {
            acknowledged += (long)device.Acknowledged * IngestDevice.ReadingsPerMessage;
            var (before, all, counted) = postgres is not null
                ? await CountPostgresAsync(postgres, device)
                : await CountSqliteAsync(sqliteFile, device);
            storedAcknowledged += before;
            storedOther += all - before;
            rollup += counted;
        }

        return new IngestReconciliation(acknowledged, storedAcknowledged, storedOther, rollup);
    }

    static async Task<(long Before, long All, long Rollup)> CountPostgresAsync(string postgres, IngestDevice device)
    {
        await using var pg = new NpgsqlConnection(postgres);
        await pg.OpenAsync();
        await using var count = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE "Time" < @until), count(*),
                   (SELECT coalesce(sum("Count"), 0) FROM farm.farm_reading_hourly WHERE "SensorId" = @id)::bigint
            FROM farm.farm_reading WHERE "SensorId" = @id
            """, pg);
        count.Parameters.AddWithValue("id", device.Id);
        count.Parameters.AddWithValue("until", device.AcknowledgedUntil.UtcDateTime);
        await using var row = await count.ExecuteReaderAsync();
        await row.ReadAsync();
        return (row.GetInt64(0), row.GetInt64(1), row.GetInt64(2));
    }

    static async Task<(long Before, long All, long Rollup)> CountSqliteAsync(string file, IngestDevice device)
    {
        await using var sqlite = new SqliteConnection($"Data Source={file}");
        await sqlite.OpenAsync();
        await using var count = sqlite.CreateCommand();
        // EF Core's SQLite mapping in the app: GUIDs as upper-case text, times as UTC ticks.
        count.CommandText = """
            SELECT count(CASE WHEN Time < $until THEN 1 END), count(*),
                   (SELECT coalesce(sum(Count), 0) FROM farm_reading_hourly WHERE SensorId = $id)
            FROM farm_reading WHERE SensorId = $id
            """;
        count.Parameters.AddWithValue("$id", device.Id.ToString().ToUpperInvariant());
        count.Parameters.AddWithValue("$until", device.AcknowledgedUntil.UtcTicks);
        await using var row = await count.ExecuteReaderAsync();
        await row.ReadAsync();
        return (row.GetInt64(0), row.GetInt64(1), row.GetInt64(2));
    }
}
