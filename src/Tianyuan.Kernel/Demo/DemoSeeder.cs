namespace Tianyuan.Kernel.Demo;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Persistence;

/// <summary>
/// Seeds the demo county when demo mode is on (the default) and the database is new. Outside demo mode
/// nothing is seeded, demo credentials left in the database are retired, and the first admin comes from the
/// <c>create-admin</c> command.
/// </summary>
public static class DemoSeeder
{
    public static bool IsEnabled(IConfiguration configuration) =>
        !string.Equals(configuration["Demo:Enabled"], "false", StringComparison.OrdinalIgnoreCase);

    public static async Task<bool> SeedIfNewAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeder));
        if (!IsEnabled(configuration))
        {
            await using var retiring = services.CreateAsyncScope();
            foreach (var contributor in retiring.ServiceProvider.GetServices<IDemoContributor>())
                await contributor.RetireAsync(ct);
            return false;
        }

        // Several nodes may start together on an empty PostgreSQL: one seeds, the others wait and then find data.
        await using var seeding = await DatabaseLock.AcquireAsync(services.GetRequiredService<DatabaseSettings>(), "demo-seed", ct);
        await using var scope = services.CreateAsyncScope();
        var contributors = scope.ServiceProvider.GetServices<IDemoContributor>().OrderBy(c => c.Order).ToList();
        foreach (var contributor in contributors)
        {
            if (await contributor.HasDataAsync(ct))
                return false;
        }

        var seed = new DemoSeed(int.TryParse(configuration["Demo:Seed"], out var n) ? n : DemoSeed.Default);
        logger.LogInformation("New database: seeding the demo region (seed {Seed})", seed.Number);
        foreach (var contributor in contributors)
            await contributor.SeedAsync(seed, ct);
        return true;
    }
}
