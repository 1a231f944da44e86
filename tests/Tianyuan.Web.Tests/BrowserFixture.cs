namespace Tianyuan.Web.Tests;

using Microsoft.Playwright;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download is possible here), one browser per test class,
/// plus the app it browses. Screenshots go to $TIANYUAN_SCREENSHOTS (test.sh: TestResults/screenshots).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public TestApp App { get; private set; } = default!;

    /// <summary>The port of the app's embedded MQTT broker, for tests that publish like a field device.</summary>
    public int MqttPort { get; private set; }

    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("TIANYUAN_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        MqttPort = TestApp.FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["Farm:Alerts:SweepSeconds"] = "1",
            ["Farm:Mqtt:Enabled"] = "true",
            ["Farm:Mqtt:Port"] = MqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in Settings)
            settings[key] = value;
        App = await TestApp.StartAsync(settings);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // This machine has no network: keep Chromium from trying to reach Google's services.
            Args = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>Settings a derived fixture's app needs beyond these (e.g. the demo's full year of farm history).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = App.BaseUrl, Locale = "zh-CN" });
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in through the sign-in form as <paramref name="email"/>, landed on <paramref name="path"/>.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string path, int width = 1366, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/account/login?ReturnUrl=" + Uri.EscapeDataString(path));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Tianyuan.Kernel.Demo.DemoAccounts.Password);
        await page.ClickAsync("#login-submit");
        var target = path.Split('?')[0];
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == target);
        return page;
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
