namespace Tianyuan.Regions.Tests;

using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Demo;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Regions.Data;
using Tianyuan.Regions.Resources;

/// <summary>The Regions module on a real, migrated SQLite file holding the demo county.</summary>
public sealed class RegionsDbFixture : IAsyncLifetime
{
    readonly string dir = Directory.CreateTempSubdirectory("ty-regions-").FullName;

    public ServiceProvider Services { get; private set; } = default!;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = Path.Combine(dir, "regions.db"),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddLocalization().AddSingleton<IConfiguration>(configuration).AddSingleton<TimeProvider>(Clock);
        services.AddRegions(configuration);
        Services = services.BuildServiceProvider();
        await DatabaseMigrator.MigrateAsync(Services);
        await DemoSeeder.SeedIfNewAsync(Services);
    }

    internal AsyncServiceScope Scope(out RegionsDb db, out IStringLocalizer<RegionsText> text)
    {
        var scope = Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<RegionsDb>();
        text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<RegionsText>>();
        return scope;
    }

    public static ClaimsPrincipal Operator(string region) => Principal(AccessScope.InRegion(Roles.Operator, RegionCode.Parse(region)));

    public static ClaimsPrincipal Admin() => Principal(AccessScope.InRegion(Roles.Admin, RegionCode.Parse("331199")));

    static ClaimsPrincipal Principal(AccessScope scope) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, scope.Role), new Claim(AccessScope.ClaimType, scope.Format())], "test"));

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }
}
