namespace Tianyuan.Web.Tests;

using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;

/// <summary>A farmer records a lot's soil test on the phone, and a consumer sees its values on the lot's page.</summary>
[Trait("Category", "Browser")]
public class TraceRecordBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_soil_test_typed_on_a_phone_reaches_the_consumer_page()
    {
        var lot = $"B{Guid.NewGuid().ToString("N")[..6]}";
        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/trace/record", 390, 844);
        var form = page.Locator("#soil");
        await form.Locator("#t-gtin").FillAsync("09521141012345");
        await form.Locator("#t-lot").FillAsync(lot);
        await form.Locator("#t-ph").FillAsync("6.2");
        await form.Locator("#record-soil").ClickAsync();
        await Assertions.Expect(page.Locator("#soil #lab-error")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "trace-soil-error-390");

        await page.Locator("#soil #t-lab").FillAsync("县农技推广中心土肥站");
        await page.Locator("#soil #t-k").FillAsync("110");
        await page.Locator("#soil #record-soil").ClickAsync();
        var done = page.Locator("#record-done");
        await Assertions.Expect(done).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "trace-soil-done-390");

        await page.GotoAsync($"/01/09521141012345/10/{lot}");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("土壤检测");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("速效钾 110 mg/kg");
        await browser.ScreenshotAsync(page, "trace-soil-item-390");
        await page.Context.CloseAsync();
    }
}
