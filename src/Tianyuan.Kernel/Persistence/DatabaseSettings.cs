namespace Tianyuan.Kernel.Persistence;

using Microsoft.Extensions.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database the whole platform uses: an embedded SQLite file by default (a village server), PostgreSQL
/// when <c>Database:Provider=Postgres</c> and <c>ConnectionStrings:Tianyuan</c> are set (a county or province).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string SqlitePath, string? PostgresConnectionString, bool MigrateOnStartup)
{
    public const string DefaultSqlitePath = "data/tianyuan.db";

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = providerText?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'; use 'Sqlite' (default) or 'Postgres'."),
        };
        var connectionString = WithoutPoolReset(configuration.GetConnectionString("Tianyuan"));
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Tianyuan is empty; set ConnectionStrings__Tianyuan.");
        var path = configuration["Database:Path"];
        path = Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? DefaultSqlitePath : path);
        var migrate = !string.Equals(configuration["Database:Migrate"], "false", StringComparison.OrdinalIgnoreCase);
        return new DatabaseSettings(provider, path, connectionString, migrate);
    }

    public string SqliteConnectionString => $"Data Source={SqlitePath};Foreign Keys=True";

    /// <summary>
    /// Npgsql resets a pooled connection's session (six statements) each time it goes back to the pool; a small API
    /// request opens two, so that was a dozen statements per request. The platform keeps no session state on pooled
    /// connections (<see cref="DatabaseLock"/> unlocks explicitly), so it skips the reset unless the operator's
    /// connection string says otherwise.
    /// </summary>
    static string? WithoutPoolReset(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString) || connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
            return connectionString;
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
    }
}
