namespace Tianyuan.Kernel.Persistence;

using Npgsql;

/// <summary>
/// A whole-database lock for one-off start-up work (seeding) that several nodes might attempt at once:
/// a PostgreSQL session advisory lock, held until disposed. SQLite installs run one node, so it is a no-op there.
/// </summary>
public sealed class DatabaseLock : IAsyncDisposable
{
    readonly NpgsqlConnection? connection;
    readonly string key;

    DatabaseLock(NpgsqlConnection? connection, string key) => (this.connection, this.key) = (connection, key);

    public static async Task<DatabaseLock> AcquireAsync(DatabaseSettings settings, string name, CancellationToken ct)
    {
        if (!settings.IsPostgres)
            return new DatabaseLock(null, name);
        var connection = new NpgsqlConnection(settings.PostgresConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", connection);
        command.Parameters.AddWithValue("name", "tianyuan:" + name);
        await command.ExecuteNonQueryAsync(ct);
        return new DatabaseLock(connection, "tianyuan:" + name);
    }

    /// <summary>Unlocks explicitly: a pooled connection's session (and so its lock) outlives Dispose.</summary>
    public async ValueTask DisposeAsync()
    {
        if (connection is null)
            return;
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@name))", connection))
        {
            command.Parameters.AddWithValue("name", key);
            await command.ExecuteNonQueryAsync();
        }

        await connection.DisposeAsync();
    }
}
