// Tianyuan's host, as a table of contents: each line adds or maps one module or one piece of plumbing.
// Business logic lives in the modules (src/Modules); this file only wires them together.
using Tianyuan.Accounts;
using Tianyuan.Farm;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Market;
using Tianyuan.Regions;
using Tianyuan.Stays;
using Tianyuan.Trace;
using Tianyuan.Web.Components;
using Tianyuan.Web.Hosting;

var app = Program.BuildApp(args);
if (await app.RunCommandAsync(args) is { } exitCode)
    return exitCode;
await app.PrepareDatabaseAsync();
app.Lifetime.ApplicationStarted.Register(() => app.PrintWelcome());
await app.RunAsync();
return 0;

public partial class Program
{
    /// <summary>Builds the whole app; tests call this with their own configuration (port, database file).</summary>
    public static WebApplication BuildApp(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Configuration and static assets come from the build output, whatever the working directory is;
        // the working directory only decides where relative paths such as Database:Path point.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        // ASPNETCORE_URLS or --urls decide where to listen; without either, the address the README prints.
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
            builder.WebHost.UseUrls("http://localhost:5080");

        // Plumbing
        builder.AddObservability();
        builder.AddRequestLimits();
        builder.Services.AddErrorResponses();
        builder.Services.AddTianyuanLocalization();
        builder.Services.AddLoginRateLimit(builder.Configuration);
        builder.Services.AddApiDocs();
        builder.Services.AddResponseCompression(o => o.EnableForHttps = true);
        builder.Services.AddOutbox();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();

        // Modules (each owns its tables, endpoints, pages and demo data)
        builder.Services.AddRegions(builder.Configuration);
        builder.Services.AddAccounts(builder.Configuration);
        builder.Services.AddFarm(builder.Configuration);
        builder.Services.AddStays(builder.Configuration);
        builder.Services.AddTrace(builder.Configuration);
        builder.Services.AddMarket(builder.Configuration);

        var app = builder.Build();

        app.UseResponseCompression();
        app.UseErrorResponses();
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseRouting(); // after the error pages, so their re-executed requests are routed again
        app.UseObservability();
        app.UseRequestLimits();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseAccounts();

        app.MapStaticAssets();
        app.MapHealth();
        app.MapApiDocs();
        app.MapObservability();
        app.MapLanguageSwitch();
        app.MapAccounts();
        app.MapRegions();
        app.MapFarm();
        app.MapStays();
        app.MapTrace();
        app.MapMarket();
        app.MapRazorComponents<App>()
            .AddAdditionalAssemblies(typeof(RegionsModule).Assembly, typeof(AccountsModule).Assembly, typeof(FarmModule).Assembly, typeof(StaysModule).Assembly, typeof(TraceModule).Assembly, typeof(MarketModule).Assembly);
        return app;
    }
}
