namespace Tianyuan.Kernel.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tianyuan.Kernel.Outbox;

public static class ModuleDbRegistrationExtensions
{
    /// <summary>
    /// Registers a module's DbContext as <typeparamref name="TDb"/>, backed by the provider-specific subclass
    /// that owns that provider's migrations (<typeparamref name="TSqlite"/> or <typeparamref name="TPostgres"/>).
    /// Also adds its readiness check and enrols it for start-up migration and outbox dispatch.
    /// </summary>
    public static IServiceCollection AddModuleDb<TDb, TSqlite, TPostgres>(this IServiceCollection services, IConfiguration configuration)
        where TDb : DbContext, IModuleDb
        where TSqlite : TDb
        where TPostgres : TDb
    {
        var settings = DatabaseSettings.From(configuration);
        services.TryAddSingleton(settings);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton(TimeProvider.System);
        // Pooled: a request reuses a context and its EF internals instead of building options, a service scope and
        // a dozen provider services each time, which profiling showed as a good part of a small API request's cost.
        if (settings.IsPostgres)
            services.AddDbContextPool<TDb, TPostgres>((sp, o) => Configure<TDb>(o, settings, sp));
        else
            services.AddDbContextPool<TDb, TSqlite>((sp, o) => Configure<TDb>(o, settings, sp));
        services.AddSingleton(new ModuleDbRegistration(typeof(TDb), TDb.Module));
        services.AddHealthChecks().AddDbContextCheck<TDb>($"db-{TDb.Module}", tags: ["ready"]);
        services.AddSingleton<OutboxCleanup<TDb>>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxCleanup<TDb>>());
        return services;
    }

    internal static void Configure<TDb>(DbContextOptionsBuilder options, DatabaseSettings settings, IServiceProvider? services)
        where TDb : IModuleDb
    {
        if (settings.IsPostgres)
            options.UseNpgsql(settings.PostgresConnectionString, o => o.MigrationsHistoryTable("__ef_migrations", TDb.Module));
        else
            options.UseSqlite(settings.SqliteConnectionString, o => o.MigrationsHistoryTable($"__ef_migrations_{TDb.Module}"));
        if (services?.GetService<OutboxSignal>() is { } signal)
            options.AddInterceptors(new OutboxSignalInterceptor(signal));
    }
}
