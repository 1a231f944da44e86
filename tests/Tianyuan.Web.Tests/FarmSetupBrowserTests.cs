namespace Tianyuan.Web.Tests;

using System.Net;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;

/// <summary>A farmer sets up a new plot and its sensor from the phone, and the key shown once works.</summary>
[Trait("Category", "Browser")]
public class FarmSetupBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_farmer_adds_a_plot_registers_its_sensor_calibrates_it_and_revokes_it()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/farm", 390, 844);
        await page.ClickAsync("a[href='/farm/setup']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("地块和设备");
        var section = page.Locator("section.setup").First;
        await Assertions.Expect(section.Locator("tr[data-plot-row]")).ToHaveCountAsync(3);

        // A plot without a name or area is refused next to those fields; with them it is listed, soil from Table 19.
        var plotForm = section.Locator("details.setup-form").First;
        await plotForm.Locator("summary").ClickAsync();
        await plotForm.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#name-error").First).ToContainTextAsync("地块名称");
        await Assertions.Expect(page.Locator("#areaM2-error").First).ToBeVisibleAsync();
        section = page.Locator("section.setup").First;
        plotForm = section.Locator("details.setup-form").First;
        await Assertions.Expect(plotForm.Locator("input[maxlength='40']").First).ToHaveAttributeAsync("aria-invalid", "true");
        // The area is asked in 亩 and refused as areaM2: still the area input is the one marked.
        await Assertions.Expect(plotForm.Locator("input[type=number]").First).ToHaveAttributeAsync("aria-invalid", "true");
        await plotForm.Locator("input[maxlength='40']").First.FillAsync("4号地");
        await plotForm.Locator("input[type=number]").First.FillAsync("2.5");
        await plotForm.Locator("select").SelectOptionAsync("sandy-loam");
        await plotForm.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("section.setup").First.Locator("tr[data-plot-row]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("section.setup").First.Locator("tr[data-plot-row]", new() { HasText = "4号地" })).ToContainTextAsync("23% / 11%");

        // Registering its sensor shows the key once, with the topic; the key then works for HTTP telemetry.
        var deviceForm = page.Locator("section.setup").First.Locator("details.setup-form").Last;
        await deviceForm.Locator("summary").ClickAsync();
        await deviceForm.Locator("select").First.SelectOptionAsync(new SelectOptionValue { Label = "4号地" });
        await deviceForm.Locator("input[maxlength='60']").FillAsync("4号地土壤墒情");
        await deviceForm.Locator("button[type=submit]").ClickAsync();
        var panel = page.Locator("[data-new-key]");
        await Assertions.Expect(panel).ToContainTextAsync("只显示这一次");
        var key = await panel.Locator("code[data-key]").InnerTextAsync();
        Assert.StartsWith("dev_", key);
        await Assertions.Expect(panel).ToContainTextAsync("/up");
        await browser.ScreenshotAsync(page, "farm-setup-key-390");
        var device = await page.Locator(".device-row", new() { HasText = "4号地土壤墒情" }).GetAttributeAsync("data-device");
        using (var response = await browser.App.SendTelemetryAsync(key, $"[{{\"n\":\"{device}:soil-moisture\",\"u\":\"%VWC\",\"v\":18.5}}]"))
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        // A calibration is saved and summarised on the device.
        await page.ReloadAsync();
        var row = page.Locator(".device-row", new() { HasText = "4号地土壤墒情" });
        await Assertions.Expect(page.Locator("[data-new-key]")).ToHaveCountAsync(0); // shown once: gone after a reload
        await row.Locator("details.setup-form summary").ClickAsync();
        await row.Locator("input[type=number]").Nth(1).FillAsync("2.5");
        await row.Locator("details.setup-form button[type=submit]").ClickAsync();
        row = page.Locator(".device-row", new() { HasText = "4号地土壤墒情" });
        await Assertions.Expect(row.Locator("[data-calibration]")).ToContainTextAsync("+ 2.5");
        await browser.ScreenshotAsync(page, "farm-setup-390");

        // Revoking asks first; dismissing keeps the device, accepting removes it from the list.
        page.Dialog += async (_, dialog) => await dialog.DismissAsync();
        await row.Locator("form[data-method=DELETE] button").ClickAsync();
        await Assertions.Expect(page.Locator(".device-row", new() { HasText = "4号地土壤墒情" })).ToHaveCountAsync(1);
        await page.Context.CloseAsync();

        var desk = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/farm/setup", 1366, 900);
        desk.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await desk.Locator(".device-row", new() { HasText = "4号地土壤墒情" }).Locator("form[data-method=DELETE] button").ClickAsync();
        await Assertions.Expect(desk.Locator(".device-row", new() { HasText = "4号地土壤墒情" })).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(desk, "farm-setup-1366");
        await desk.Context.CloseAsync();
    }
}
