namespace Tianyuan.Kernel.Persistence;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Brings every module's schema up to date at start-up. EF Core takes a database lock while migrating, so
/// several nodes starting together against one PostgreSQL apply each migration once.
/// </summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        if (!settings.MigrateOnStartup)
        {
            logger.LogInformation("Database:Migrate is false; not applying migrations");
            return;
        }

        if (!settings.IsPostgres)
            await PrepareSqliteAsync(settings, ct);

        foreach (var module in services.GetServices<ModuleDbRegistration>())
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbType);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count == 0)
                continue;
            logger.LogInformation("Applying {Count} migration(s) to module {Module}", pending.Count, module.Module);
            await db.Database.MigrateAsync(ct);
        }
    }

    /// <summary>The file's folder must exist; WAL lets readers go on while one writer commits.</summary>
    static async Task PrepareSqliteAsync(DatabaseSettings settings, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(settings.SqlitePath)!);
        await using var connection = new SqliteConnection(settings.SqliteConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
    }
}
