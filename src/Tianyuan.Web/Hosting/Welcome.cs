namespace Tianyuan.Web.Hosting;

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Tianyuan.Kernel.Demo;

static class Welcome
{
    /// <summary>The line a person looks for after `dotnet run`: where to open the platform.</summary>
    public static void PrintWelcome(this WebApplication app)
    {
        var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var url in urls)
            Console.WriteLine($"田园 Tianyuan is running: open {url}");
        if (DemoSeeder.IsEnabled(app.Configuration))
            Console.WriteLine($"Demo mode: sign in as {DemoAccounts.Operator} (password {DemoAccounts.Password}); all demo accounts are in README.md.");
    }
}
