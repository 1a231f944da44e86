namespace Tianyuan.Bench;

using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

/// <summary>
/// Direct access to the app's database for the Stays benchmark: the checks that must not trust the API, and the
/// bulk load. Hides the two providers' differences: PostgreSQL keeps the module's tables in schema <c>stays</c>;
/// on SQLite EF Core stores a Guid as upper-case text, a date as yyyy-MM-dd text and an instant as UTC ticks.
/// </summary>
sealed class StaysDatabase(string? postgres, string sqlitePath)
{
    public bool IsPostgres => postgres is not null;

    /// <summary>A table of a module, qualified as the provider needs: <c>stays.stays_unit</c> or <c>stays_unit</c>.</summary>
    public string Table(string name) => IsPostgres ? $"{name[..name.IndexOf('_', StringComparison.Ordinal)]}.{name}" : name;

    /// <summary>Nights between two date columns, as an integer expression.</summary>
    public string NightsBetween(string checkIn, string checkOut) =>
        IsPostgres ? $"({checkOut} - {checkIn})" : $"CAST(julianday({checkOut}) - julianday({checkIn}) AS INTEGER)";

    public async Task<DbConnection> OpenAsync()
    {
        // Pooling off on SQLite so nothing keeps the file open once the app has gone and its folder is deleted.
        DbConnection connection = IsPostgres ? new NpgsqlConnection(postgres) : new SqliteConnection($"Data Source={sqlitePath};Pooling=false");
        await connection.OpenAsync();
        if (!IsPostgres)
        {
            // The app writes at the same time (WAL); wait for its locks rather than fail.
            await using var busy = connection.CreateCommand();
            busy.CommandText = "PRAGMA busy_timeout = 30000";
            await busy.ExecuteNonQueryAsync();
        }

        return connection;
    }

    /// <summary>A command with parameters @p0, @p1, ... bound from <paramref name="args"/> in the provider's storage form.</summary>
    public DbCommand Command(DbConnection connection, string sql, params object?[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < args.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            p.Value = Store(args[i]);
            command.Parameters.Add(p);
        }

        return command;
    }

    public async Task<long> ScalarAsync(string sql, params object?[] args)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, args);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public async Task<List<object[]>> RowsAsync(string sql, params object?[] args)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, args);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A value as EF Core stores it on this provider (PostgreSQL takes CLR values as they are).</summary>
    public object Store(object? value) => IsPostgres ? value ?? DBNull.Value : value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.UtcTicks,
        decimal m => m.ToString("0.0###########################", CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        _ => value,
    };

    public static Guid ReadGuid(object value) => value is Guid g ? g : Guid.Parse((string)value);
}
