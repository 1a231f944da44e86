namespace Tianyuan.Web.Tests;

using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;

/// <summary>A farmer records a lot's soil test, a pest report and a grading on the phone, and a consumer sees them on the lot's pages.</summary>
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

    [Fact]
    public async Task A_pest_report_and_a_grading_typed_on_a_phone_reach_the_grade_lots_consumer_page()
    {
        var lot = $"Q{Guid.NewGuid().ToString("N")[..6]}";
        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/trace/record", 390, 844);
        var pest = page.Locator("#pest");
        await pest.Locator("#x-gtin").FillAsync("09521141012345");
        await pest.Locator("#x-lot").FillAsync(lot);
        await pest.Locator("#x-pest").FillAsync("霜霉病");
        await pest.Locator("#x-share").FillAsync("8");
        await pest.Locator("#record-pest").ClickAsync();
        await Assertions.Expect(page.Locator("#pest #severity-error")).ToContainTextAsync("轻度、中度或重度");
        await browser.ScreenshotAsync(page, "trace-pest-error-390");

        await page.Locator("#pest #x-severity").SelectOptionAsync("light");
        await page.Locator("#pest #x-action").FillAsync("摘除病叶，加强通风");
        await page.Locator("#pest #record-pest").ClickAsync();
        await Assertions.Expect(page.Locator("#record-done")).ToContainTextAsync("病虫害报告");

        // The grading form starts with the lot just typed; 特级 and 一级 are weighed, 二级 is left empty.
        var grade = page.Locator("#grade");
        await Assertions.Expect(grade.Locator("#g-lot")).ToHaveValueAsync(lot);
        await grade.Locator("#g-kg-0").FillAsync("42");
        await grade.Locator("#g-kg-1").FillAsync("18.5");
        await grade.Locator("#g-lot-1").FillAsync("bad lot");
        await grade.Locator("#record-grade").ClickAsync();
        await Assertions.Expect(page.Locator("#grade [id='grades[1].lot-error']")).ToBeVisibleAsync();
        await page.Locator("#grade #g-lot-1").FillAsync($"{lot}-B");
        await page.Locator("#grade #record-grade").ClickAsync();
        await Assertions.Expect(page.Locator("#record-done")).ToContainTextAsync("分级");
        await Assertions.Expect(page.Locator("#pack #p-lot")).ToHaveValueAsync($"{lot}-A");
        await browser.ScreenshotAsync(page, "trace-grade-done-390");

        await page.GotoAsync($"/01/09521141012345/10/{lot}-A");
        var timeline = page.Locator("#trace-timeline");
        await Assertions.Expect(timeline).ToContainTextAsync("病虫害报告");
        await Assertions.Expect(timeline).ToContainTextAsync("霜霉病");
        await Assertions.Expect(timeline).ToContainTextAsync("轻度");
        await Assertions.Expect(timeline).ToContainTextAsync($"原批次 {lot}");
        await Assertions.Expect(timeline).ToContainTextAsync("特级");
        await Assertions.Expect(timeline).ToContainTextAsync("42 公斤");
        await browser.ScreenshotAsync(page, "trace-grade-item-390");
        await page.SetViewportSizeAsync(1366, 900);
        await browser.ScreenshotAsync(page, "trace-grade-item-1366");
        await page.GotoAsync("/trace/record");
        await browser.ScreenshotAsync(page, "trace-record-1366");
        await page.Context.CloseAsync();
    }
}
