namespace Tianyuan.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Tianyuan.Kernel.Demo;
using static StaysTestData;

/// <summary>
/// The Stays issue's end-to-end loop in a real browser: search → book → self check-in with a door code → check-out →
/// the host's housekeeping → the room on sale again for tonight.
/// </summary>
[Trait("Category", "Browser")]
public class StaysBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_guest_books_tonight_checks_in_with_a_door_code_and_the_room_returns_to_sale_after_housekeeping()
    {
        using var hostApi = await browser.App.SignedInAsync(DemoAccounts.Host);
        var (stayId, _, _) = await NewUnitTypeAsync(hostApi, units: 1);
        var village = (await hostApi.GetFromJsonAsync<JsonElement>($"/api/stays/{stayId}")).GetProperty("regionCode").GetString();
        var (today, tomorrow) = (ChinaToday.ToString("yyyy-MM-dd"), ChinaToday.AddDays(1).ToString("yyyy-MM-dd"));
        var search = $"/stays?village={village}&from={today}&to={tomorrow}&guests=2";

        var guest = await browser.SignedInPageAsync(DemoAccounts.Visitor, search, 390, 844);
        var card = guest.Locator($"[data-stay='{stayId}']");
        await Assertions.Expect(card).ToBeVisibleAsync();
        var overflow = await guest.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the search page is {overflow}px wider than the phone");
        await browser.ScreenshotAsync(guest, "stays-search-390");
        await card.Locator("a.stay-card-link").ClickAsync();
        await Assertions.Expect(guest.Locator(".quote summary .price").First).ToContainTextAsync("¥");
        await guest.FillAsync("#GuestName", "李晓明");
        await guest.FillAsync("#GuestPhone", "138001");
        await guest.ClickAsync("#book");
        await Assertions.Expect(guest.Locator(".field-error").First).ToBeVisibleAsync(); // a short phone number is refused next to the field
        await guest.FillAsync("#GuestPhone", "13800138000");
        await browser.ScreenshotAsync(guest, "stays-detail-390");
        await guest.ClickAsync("#book");
        await guest.WaitForURLAsync(url => url.Contains("/trips/", StringComparison.Ordinal));
        await Assertions.Expect(guest.Locator("#booked")).ToBeVisibleAsync();
        await Assertions.Expect(guest.Locator("#trip-status")).ToHaveTextAsync("已确认");

        await guest.ClickAsync("#self-check-in");
        await Assertions.Expect(guest.Locator("#trip-status")).ToHaveTextAsync("已入住");
        var code = await guest.Locator(".door-code-digits").InnerTextAsync();
        Assert.Matches("^[0-9]{6}$", code.Trim());
        Assert.True(await guest.Locator(".qr svg").IsVisibleAsync());
        // The confirmation message writes the stay's dates as people do (2026年11月27日 周五), not as stored (2026-11-27).
        await Assertions.Expect(guest.Locator("section[aria-labelledby='messages-title']").First)
            .ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"20\d\d年\d{1,2}月\d{1,2}日 周"));
        await browser.ScreenshotAsync(guest, "stays-trip-pack-390");
        await guest.ClickAsync("#check-out");
        await Assertions.Expect(guest.Locator("#trip-status")).ToHaveTextAsync("已退房");
        Assert.Equal(0, await guest.Locator("#door-code").CountAsync());

        // The room is dirty: it is not offered for tonight until housekeeping is done.
        await guest.GotoAsync(search);
        await Assertions.Expect(guest.Locator($"[data-stay='{stayId}']")).ToHaveCountAsync(0);

        var host = await browser.SignedInPageAsync(DemoAccounts.Host, "/host");
        var task = host.Locator("article.task", new() { HasText = (await hostApi.GetFromJsonAsync<JsonElement>($"/api/stays/{stayId}")).GetProperty("name").GetString() });
        await Assertions.Expect(task).ToBeVisibleAsync();
        await browser.ScreenshotAsync(host, "stays-host-1366");
        foreach (var box in await task.Locator("input[type=checkbox]").AllAsync())
            await box.CheckAsync();
        await task.Locator("button[type=submit]").First.ClickAsync();
        await Assertions.Expect(host.Locator("#host-message")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("alert-success"));
        await Assertions.Expect(host.Locator("article.task", new() { HasText = (await hostApi.GetFromJsonAsync<JsonElement>($"/api/stays/{stayId}")).GetProperty("name").GetString() })).ToHaveCountAsync(0);

        await guest.GotoAsync(search);
        await Assertions.Expect(guest.Locator($"[data-stay='{stayId}']")).ToBeVisibleAsync();
        await guest.Context.CloseAsync();
        await host.Context.CloseAsync();
    }

    [Fact]
    public async Task The_host_calendar_and_report_show_the_demo_year_and_fit_a_phone()
    {
        var host = await browser.SignedInPageAsync(DemoAccounts.Host, "/host/calendar");
        Assert.True(await host.Locator(".host-calendar td[class^='cell-booking']").CountAsync() > 0, "the demo host's calendar shows bookings");
        await browser.ScreenshotAsync(host, "stays-calendar-1366");
        await host.GotoAsync($"/host/report?month={ChinaToday.AddMonths(-1):yyyy-MM}");
        Assert.True(await host.Locator("#payout-table tbody tr").CountAsync() > 0, "last month has stays to pay out");
        await browser.ScreenshotAsync(host, "stays-report-1366");
        await host.GotoAsync("/host/bookings?status=CheckedOut");
        Assert.True(await host.Locator("#bookings-table tbody tr").CountAsync() > 0, "the demo year has past stays");
        Assert.Equal(await host.Locator("#bookings-table tbody tr").CountAsync(), await host.Locator("#bookings-table tbody .badge", new() { HasText = "已退房" }).CountAsync());
        await browser.ScreenshotAsync(host, "stays-bookings-1366");
        await host.Context.CloseAsync();

        var phone = await browser.SignedInPageAsync(DemoAccounts.Host, "/host", 390, 844);
        var overflow = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the host page is {overflow}px wider than the phone");
        await browser.ScreenshotAsync(phone, "stays-host-390");
        await phone.GotoAsync("/stays");
        await browser.ScreenshotAsync(phone, "stays-all-390");
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task A_host_uploads_a_photo_gets_an_export_link_once_and_sees_why_a_calendar_link_is_refused()
    {
        using var hostApi = await browser.App.SignedInAsync(DemoAccounts.Host);
        var (stayId, _, _) = await NewUnitTypeAsync(hostApi, units: 1);
        var page = await browser.SignedInPageAsync(DemoAccounts.Host, $"/host/stays/{stayId}", 390, 844);

        using (var bitmap = new SkiaSharp.SKBitmap(1200, 900))
        {
            using (var canvas = new SkiaSharp.SKCanvas(bitmap))
                canvas.Clear(new SkiaSharp.SKColor(180, 120, 60));
            using var png = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
            await page.SetInputFilesAsync("#photo-file", new FilePayload { Name = "院子.png", MimeType = "image/png", Buffer = png.ToArray() });
        }
        await page.FillAsync("#photo-caption", "院子");
        await page.Locator("#photo-upload button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".photo-grid img")).ToHaveCountAsync(1);

        var section = page.Locator("section[data-unit-type]").First;
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await section.Locator(".export-link button").ClickAsync();
        await Assertions.Expect(section.Locator("[data-api-result]")).ToContainTextAsync("calendar.ics?token=");

        await section.Locator("details.unit-tools summary", new() { HasText = "导入外部日历" }).ClickAsync();
        var feedForm = section.Locator("form[action$='/feeds']");
        await feedForm.Locator("input[name=name]").FillAsync("Airbnb");
        await feedForm.Locator("input[name=url]").FillAsync("ftp://example.com/cal.ics");
        await feedForm.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(feedForm.Locator("[data-api-error]")).Not.ToBeEmptyAsync();
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the host's stay page is {overflow}px wider than the phone");
        await browser.ScreenshotAsync(page, "stays-host-stay-390");

        await page.GotoAsync($"/stays/{stayId}");
        await Assertions.Expect(page.Locator(".gallery img")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_host_lists_a_new_stay_through_the_form_after_fixing_what_was_missing_and_adds_a_room_type()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Host, "/host");
        await page.ClickAsync("#new-stay");
        await page.WaitForURLAsync(url => url.EndsWith("/host/stays/new", StringComparison.Ordinal));
        await page.FillAsync("#NameZh", "溪边茶舍");
        await page.ClickAsync("#create-stay");
        await Assertions.Expect(page.Locator("#form-error")).ToBeVisibleAsync(); // no village chosen
        await browser.ScreenshotAsync(page, "stays-new-1366");
        await page.SelectOptionAsync("#VillageCode", new SelectOptionValue { Index = 2 });
        await page.FillAsync("#ArrivalInstructions", "茶舍在溪边石桥旁。");
        await page.ClickAsync("#create-stay");
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/host/stays/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("溪边茶舍");

        var form = page.Locator("form[action$='/unit-types']");
        await page.Locator("#new-type-title").ClickAsync();
        await form.Locator("input[name=nameZh]").FillAsync("茶室双床房");
        await form.Locator("input[name=baseNightly]").FillAsync("260");
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(form.Locator("[data-api-result]")).ToContainTextAsync("calendar.ics?token=");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("section[data-unit-type] h2")).ToContainTextAsync("茶室双床房");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_cleaner_opens_the_task_link_on_a_phone_ticks_the_checklist_and_the_room_is_back_on_sale()
    {
        using var hostApi = await browser.App.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(hostApi, units: 1);
        using var guestApi = await browser.App.SignedInAsync(DemoAccounts.Visitor);
        using var booked = await BookAsync(guestApi, Booking(type, ChinaToday, 1));
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await guestApi.PostAsync($"/api/stays/bookings/{id}/check-in", null)).EnsureSuccessStatusCode();
        using var checkedOut = await guestApi.PostAsync($"/api/stays/bookings/{id}/check-out", null);
        var task = (await checkedOut.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("housekeepingTaskId").GetGuid();
        using var assigned = await hostApi.PostAsJsonAsync($"/api/stays/housekeeping/{task}/cleaner", new { name = "周阿姨", phone = "13700137000" });
        var link = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;

        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(link);
        foreach (var box in (await page.Locator("#cleaning-form input[type=checkbox]").AllAsync()).Take(2))
            await box.CheckAsync();
        await page.Locator("#cleaning-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#cleaning-form [data-api-error]")).Not.ToBeEmptyAsync(); // four items left
        foreach (var box in await page.Locator("#cleaning-form input[type=checkbox]").AllAsync())
            await box.CheckAsync();
        await browser.ScreenshotAsync(page, "stays-cleaner-390");
        await page.Locator("#cleaning-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#cleaning-done")).ToBeVisibleAsync();
        using var tonight = await BookAsync(guestApi, Booking(type, ChinaToday, 1));
        Assert.Equal(System.Net.HttpStatusCode.Created, tonight.StatusCode);
        await page.Context.CloseAsync();
    }
}
