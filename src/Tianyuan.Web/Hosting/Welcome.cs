namespace Tianyuan.Web.Hosting;

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Tianyuan.Kernel.Demo;

static class Welcome
{
    /// <summary>
    /// The line a person looks for after `dotnet run`: where to open the platform. Plain text for a person at a
    /// terminal; a log event when logs are JSON lines (Logging:Json), so a log shipper never sees stray text.
    /// </summary>
    public static void PrintWelcome(this WebApplication app)
    {
        var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = urls.Select(url => $"田园 Tianyuan is running: open {url}").ToList();
        if (DemoSeeder.IsEnabled(app.Configuration))
            lines.Add($"Demo mode: sign in as {DemoAccounts.Operator} (password {DemoAccounts.Password}); all demo accounts are in README.md.");
        if (app.Configuration.GetValue<bool>("Logging:Json"))
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Tianyuan");
            lines.ForEach(line => logger.LogInformation("{Welcome}", line));
        }
        else
        {
            lines.ForEach(Console.WriteLine);
        }
    }
}
