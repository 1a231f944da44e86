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
        // The refused row's field is the one marked for screen readers, not its neighbours.
        await Assertions.Expect(page.Locator("#grade #g-lot-1")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#grade #g-lot-0")).Not.ToHaveAttributeAsync("aria-invalid", "true");
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

    [Fact]
    public async Task An_input_with_a_certificate_photo_taken_on_a_phone_is_linked_on_the_consumer_page()
    {
        var lot = $"K{Guid.NewGuid().ToString("N")[..6]}";
        var page = await browser.SignedInPageAsync(DemoAccounts.Farmer, "/trace/record", 390, 844);
        var form = page.Locator("#input");
        await form.Locator("#i-gtin").FillAsync("09521141012345");
        await form.Locator("#i-lot").FillAsync(lot);
        await form.Locator("#i-product").FillAsync("苦参碱 0.3% 水剂");
        // The dose is forgotten and the file is not a photo: one submit names both.
        await form.Locator("#i-certificate").SetInputFilesAsync(new FilePayload { Name = "登记证.txt", MimeType = "text/plain", Buffer = "不是照片"u8.ToArray() });
        await form.Locator("#record-input").ClickAsync();
        await Assertions.Expect(page.Locator("#input #certificate-error")).ToContainTextAsync("JPEG、PNG 或 WebP");
        await Assertions.Expect(page.Locator("#input #dose-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#input #i-dose")).ToHaveAttributeAsync("aria-invalid", "true");
        await browser.ScreenshotAsync(page, "trace-certificate-error-390");

        // A good photo with the dose still missing: the page says the photo must be chosen again (a browser cannot keep it).
        await page.Locator("#input #i-certificate").SetInputFilesAsync(new FilePayload { Name = "登记证.png", MimeType = "image/png", Buffer = MarketTestData.Png() });
        await page.Locator("#input #record-input").ClickAsync();
        await Assertions.Expect(page.Locator("#input #certificate-error")).ToContainTextAsync("重新选择");
        await Assertions.Expect(page.Locator("#input #i-product")).ToHaveValueAsync("苦参碱 0.3% 水剂");

        await page.Locator("#input #i-dose").FillAsync("150 毫升/亩");
        await page.Locator("#input #i-certificate").SetInputFilesAsync(new FilePayload { Name = "登记证.png", MimeType = "image/png", Buffer = MarketTestData.Png() });
        await page.Locator("#input #record-input").ClickAsync();
        await Assertions.Expect(page.Locator("#record-done")).ToContainTextAsync("施用投入品");

        await page.GotoAsync($"/01/09521141012345/10/{lot}");
        var link = page.Locator("#trace-inputs .certificate-link");
        await Assertions.Expect(link).ToContainTextAsync("查看凭证");
        // The thumbnail is a real image the phone could load, not a broken icon.
        await Assertions.Expect(link.Locator("img")).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await link.Locator("img").EvaluateAsync<int>("img => img.naturalWidth") > 0);
        await browser.ScreenshotAsync(page, "trace-certificate-item-390");
        await page.SetViewportSizeAsync(1366, 900);
        await browser.ScreenshotAsync(page, "trace-certificate-item-1366");
        await page.Context.CloseAsync();
    }
}
