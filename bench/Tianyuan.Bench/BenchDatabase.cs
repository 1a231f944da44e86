namespace Tianyuan.Bench;

using Npgsql;

/// <summary>
/// The database a benchmark runs on: SQLite (the app's own file in its temp folder), or a fresh PostgreSQL database
/// created on the server BENCH_PG names and dropped afterwards, so runs never see each other's rows.
/// </summary>
static class BenchDatabase
{
    /// <summary>
    /// Runs <paramref name="run"/> with the PostgreSQL connection string of a new database (null for SQLite);
    /// 2 when the provider is unknown or BENCH_PG is missing.
    /// </summary>
    public static async Task<int> RunAsync(string provider, string prefix, Func<string?, Task<int>> run)
    {
        if (provider is not ("sqlite" or "postgres"))
        {
            Console.Error.WriteLine($"unknown provider '{provider}': use sqlite or postgres");
            return 2;
        }

        if (provider == "sqlite")
            return await run(null);
        var server = Environment.GetEnvironmentVariable("BENCH_PG");
        if (server is null)
        {
            Console.Error.WriteLine("Set BENCH_PG to a PostgreSQL connection string whose role may CREATE DATABASE.");
            return 2;
        }

        var name = $"{prefix}_{Guid.NewGuid().ToString("N")[..8]}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        try
        {
            return await run(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    /// <summary>The app settings that point it at <paramref name="postgres"/> (none for SQLite).</summary>
    public static void Configure(Dictionary<string, string> settings, string? postgres)
    {
        if (postgres is null)
            return;
        settings["Database__Provider"] = "Postgres";
        settings["ConnectionStrings__Tianyuan"] = postgres;
    }

    static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
