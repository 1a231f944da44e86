namespace Tianyuan.Web.Hosting;

using Tianyuan.Accounts;
using Tianyuan.Kernel.Demo;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Regions.Contracts;

/// <summary>What runs before the app serves: migrations, the demo county, and the command-line commands.</summary>
static class StartupTasks
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await DatabaseMigrator.MigrateAsync(app.Services);
        await DemoSeeder.SeedIfNewAsync(app.Services);
    }

    /// <summary>
    /// <c>create-admin --email E --password P [--name N] [--region CODE --region-name NAME [--region-name-en NAME]]</c>.
    /// Returns the process exit code, or null when the arguments are not a command.
    /// </summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != "create-admin")
            return null;
        string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var (email, password) = (Arg("--email"), Arg("--password"));
        if (email is null || password is null)
        {
            Console.Error.WriteLine("usage: create-admin --email E --password P [--name N] [--region CODE --region-name NAME [--region-name-en NAME]]");
            return 2;
        }

        await DatabaseMigrator.MigrateAsync(app.Services);
        var region = Arg("--region") is { } code ? new TopRegion(code, Arg("--region-name") ?? code, Arg("--region-name-en") ?? Arg("--region-name") ?? code) : null;
        var (ok, message) = await AccountsModule.CreateFirstAdminAsync(app.Services, email, password, Arg("--name") ?? email, region, CancellationToken.None);
        (ok ? Console.Out : Console.Error).WriteLine(message);
        return ok ? 0 : 1;
    }
}
