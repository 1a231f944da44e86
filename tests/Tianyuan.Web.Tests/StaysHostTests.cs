namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SkiaSharp;
using Tianyuan.Kernel.Demo;
using static StaysTestData;

/// <summary>What hosts do besides taking bookings: answer requests, photos, reviews, and the month's figures.</summary>
public class StaysHostTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_request_holds_its_nights_until_the_host_declines_it_with_a_full_refund()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host, instantBook: false);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        var day = ChinaToday.AddDays(450);

        using var requested = await BookAsync(guest, Booking(type, day, 2));
        var request = await requested.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Requested", request.GetProperty("status").GetString());
        using var held = await BookAsync(guest, Booking(type, day.AddDays(1), 1));
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);

        var id = request.GetProperty("id").GetGuid();
        using var guestCannot = await guest.PostAsync($"/api/stays/bookings/{id}/decline", null);
        Assert.Equal(HttpStatusCode.NotFound, guestCannot.StatusCode);
        var pending = await host.GetFromJsonAsync<JsonElement>("/api/stays/hosting/today");
        Assert.Contains(pending.GetProperty("requests").EnumerateArray(), r => r.GetProperty("bookingId").GetGuid() == id);

        using var declined = await host.PostAsync($"/api/stays/bookings/{id}/decline", null);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var body = await declined.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Declined", body.GetProperty("status").GetString());
        Assert.Equal(body.GetProperty("total").GetDecimal(), body.GetProperty("refund").GetDecimal());
        using var confirmLater = await host.PostAsync($"/api/stays/bookings/{id}/confirm", null);
        Assert.Equal(HttpStatusCode.Conflict, confirmLater.StatusCode);

        using var nowFree = await BookAsync(guest, Booking(type, day.AddDays(1), 1));
        Assert.Equal(HttpStatusCode.Created, nowFree.StatusCode);
        var second = (await nowFree.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var confirmed = await host.PostAsync($"/api/stays/bookings/{second}/confirm", null);
        Assert.Equal("Confirmed", (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        using var noShowTooEarly = await host.PostAsync($"/api/stays/bookings/{second}/no-show", null);
        Assert.Equal(HttpStatusCode.Conflict, noShowTooEarly.StatusCode);
        using var contact = await guest.PutAsJsonAsync($"/api/stays/bookings/{second}/contact", new { guestName = "王芳", guestPhone = "13900139000" });
        Assert.Equal("13900139000", (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("guestPhone").GetString());
        using var badContact = await guest.PutAsJsonAsync($"/api/stays/bookings/{second}/contact", new { guestName = "王芳", guestPhone = "call me" });
        Assert.Equal(HttpStatusCode.BadRequest, badContact.StatusCode);
    }

    [Fact]
    public async Task A_photo_is_checked_resized_and_served_and_bad_uploads_change_nothing()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (stay, _, _) = await NewUnitTypeAsync(host);

        using var png = Upload(Png(2400, 1200), "image/png", "courtyard.png");
        using var uploaded = await host.PostAsync($"/api/stays/{stay}/photos", png);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var photo = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1600, photo.GetProperty("width").GetInt32());
        Assert.Equal(800, photo.GetProperty("height").GetInt32());

        using var anonymous = app.Client();
        using var served = await anonymous.GetAsync(photo.GetProperty("thumbnailUrl").GetString());
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        using (var thumb = SKBitmap.Decode(await served.Content.ReadAsByteArrayAsync()))
            Assert.Equal(480, thumb.Width);
        Assert.Contains("immutable", served.Headers.CacheControl?.ToString());

        using var text = Upload("not a picture"u8.ToArray(), "text/plain", "notes.txt");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await host.PostAsync($"/api/stays/{stay}/photos", text)).StatusCode);
        using var fake = Upload("GIF89a but not really"u8.ToArray(), "image/jpeg", "fake.jpg");
        using var refused = await host.PostAsync($"/api/stays/{stay}/photos", fake);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        // The server answers 413 from the declared length without reading the body; Expect: 100-continue lets the
        // client hear that instead of writing 9 MB into a closed connection, as browsers and upload tools do.
        using var huge = new HttpRequestMessage(HttpMethod.Post, $"/api/stays/{stay}/photos") { Content = Upload(new byte[9 * 1024 * 1024], "image/jpeg", "huge.jpg") };
        huge.Headers.ExpectContinue = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await host.SendAsync(huge)).StatusCode);
        using var stranger = await app.SignedInAsync(DemoAccounts.Farmer);
        using var notTheirs = Upload(Png(100, 100), "image/png", "x.png");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/stays/{stay}/photos", notTheirs)).StatusCode);

        var search = await anonymous.GetFromJsonAsync<JsonElement>($"/api/stays?q={Uri.EscapeDataString((await anonymous.GetFromJsonAsync<JsonElement>($"/api/stays/{stay}")).GetProperty("name").GetString()!)}");
        Assert.Equal(photo.GetProperty("id").GetGuid(), search.GetProperty("items")[0].GetProperty("photoId").GetGuid());
    }

    [Fact]
    public async Task Guest_and_host_review_each_other_once_after_check_out_and_an_operator_can_hide_a_review()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (stay, type, _) = await NewUnitTypeAsync(host);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        using var booked = await BookAsync(guest, Booking(type, ChinaToday, 1));
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var tooEarly = await guest.PostAsJsonAsync($"/api/stays/bookings/{id}/review", new { rating = 5, text = "很好" });
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        (await guest.PostAsync($"/api/stays/bookings/{id}/check-in", null)).EnsureSuccessStatusCode();
        (await guest.PostAsync($"/api/stays/bookings/{id}/check-out", null)).EnsureSuccessStatusCode();

        using var badRating = await guest.PostAsJsonAsync($"/api/stays/bookings/{id}/review", new { rating = 6 });
        Assert.Equal(HttpStatusCode.BadRequest, badRating.StatusCode);
        using var reviewed = await guest.PostAsJsonAsync($"/api/stays/bookings/{id}/review", new { rating = 4, text = "院子很安静，早餐好吃。" });
        Assert.Equal(HttpStatusCode.Created, reviewed.StatusCode);
        using var twice = await guest.PostAsJsonAsync($"/api/stays/bookings/{id}/review", new { rating = 1, text = "再来一次" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        using var hostReview = await host.PostAsJsonAsync($"/api/stays/bookings/{id}/review", new { rating = 5, text = "爱干净的客人" });
        Assert.Equal(HttpStatusCode.Created, hostReview.StatusCode);

        using var anonymous = app.Client();
        var reviews = await anonymous.GetFromJsonAsync<JsonElement>($"/api/stays/{stay}/reviews");
        Assert.Equal(1, reviews.GetProperty("count").GetInt32()); // the host's review of the guest is not a review of the stay
        Assert.Equal(4.0, reviews.GetProperty("average").GetDouble());
        Assert.Equal("李**", reviews.GetProperty("items")[0].GetProperty("guestInitial").GetString());

        var reviewId = (await reviewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var hostCannotHide = await host.PostAsJsonAsync($"/api/stays/reviews/{reviewId}/hide", new { reason = "不喜欢" });
        Assert.Equal(HttpStatusCode.Forbidden, hostCannotHide.StatusCode);
        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        using var hidden = await admin.PostAsJsonAsync($"/api/stays/reviews/{reviewId}/hide", new { reason = "含有客人的电话号码" });
        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        Assert.Equal(0, (await anonymous.GetFromJsonAsync<JsonElement>($"/api/stays/{stay}/reviews")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task The_month_report_shows_occupancy_adr_and_revpar_from_the_demo_year()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var lastMonth = ChinaToday.AddMonths(-1);
        var report = await host.GetFromJsonAsync<JsonElement>($"/api/stays/hosting/report?month={lastMonth:yyyy-MM}");
        var total = report.GetProperty("total");
        var sold = total.GetProperty("soldNights").GetInt32();
        var available = total.GetProperty("availableNights").GetInt32();
        Assert.InRange(sold, 1, available);
        var revenue = total.GetProperty("revenue").GetDecimal();
        Assert.Equal(decimal.Round(revenue / sold, 2), total.GetProperty("adr").GetDecimal());
        Assert.Equal(decimal.Round(revenue / available, 2), total.GetProperty("revPar").GetDecimal());
        Assert.NotEmpty(report.GetProperty("payout").EnumerateArray());

        using var bad = await host.GetAsync("/api/stays/hosting/report?month=2026-13");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        Assert.Empty((await farmer.GetFromJsonAsync<JsonElement>("/api/stays/hosting/report")).GetProperty("stays").EnumerateArray());
    }

    [Fact]
    public async Task Rates_and_seasons_a_host_edits_change_the_next_quote_but_not_an_existing_booking()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host, units: 2);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        var monday = ChinaToday.AddDays(460);
        while (monday.DayOfWeek != DayOfWeek.Monday)
            monday = monday.AddDays(1);
        using var booked = await BookAsync(guest, Booking(type, monday, 1));
        var booking = await booked.Content.ReadFromJsonAsync<JsonElement>();
        var before = booking.GetProperty("total").GetDecimal();

        using var rates = await host.PutAsJsonAsync($"/api/stays/units/{type}/rates", new { baseNightly = 420m, weekendNightly = 520m, minNights = 1 });
        Assert.Equal(HttpStatusCode.OK, rates.StatusCode);
        using var season = await host.PostAsJsonAsync($"/api/stays/units/{type}/seasons",
            new { name = "国庆", from = monday.AddDays(1).ToString("yyyy-MM-dd"), until = monday.AddDays(3).ToString("yyyy-MM-dd"), nightly = 800m, minNights = 2 });
        Assert.Equal(HttpStatusCode.Created, season.StatusCode);

        using var anonymous = app.Client();
        var quote = await anonymous.GetFromJsonAsync<JsonElement>($"/api/stays/units/{type}/quote?from={monday:yyyy-MM-dd}&to={monday.AddDays(3):yyyy-MM-dd}&guests=2");
        Assert.Equal([420m, 800m, 800m], quote.GetProperty("nights").EnumerateArray().Select(n => n.GetProperty("amount").GetDecimal()));
        Assert.Equal("国庆", quote.GetProperty("nights")[1].GetProperty("rate").GetString());
        using var tooShort = await anonymous.GetAsync($"/api/stays/units/{type}/quote?from={monday.AddDays(1):yyyy-MM-dd}&to={monday.AddDays(2):yyyy-MM-dd}&guests=2");
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode); // the season asks for two nights
        var kept = await guest.GetFromJsonAsync<JsonElement>($"/api/stays/bookings/{booking.GetProperty("id").GetGuid()}");
        Assert.Equal(before, kept.GetProperty("total").GetDecimal());

        using var negative = await host.PutAsJsonAsync($"/api/stays/units/{type}/rates", new { baseNightly = -5m });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("baseNightly", await negative.Content.ReadAsStringAsync());
        using var backwards = await host.PostAsJsonAsync($"/api/stays/units/{type}/seasons",
            new { name = "x", from = monday.ToString("yyyy-MM-dd"), until = monday.ToString("yyyy-MM-dd"), nightly = 100m });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        using var stranger = await app.SignedInAsync(DemoAccounts.Farmer);
        using var notTheirs = await stranger.PutAsJsonAsync($"/api/stays/units/{type}/rates", new { baseNightly = 1m });
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
    }

    [Fact]
    public async Task A_cleaner_without_an_account_completes_the_task_by_link_with_a_photo_and_a_replaced_link_stops_working()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host, units: 1);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        using var booked = await BookAsync(guest, Booking(type, ChinaToday, 1));
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await guest.PostAsync($"/api/stays/bookings/{id}/check-in", null)).EnsureSuccessStatusCode();
        using var checkedOut = await guest.PostAsync($"/api/stays/bookings/{id}/check-out", null);
        var task = (await checkedOut.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("housekeepingTaskId").GetGuid();

        using var badPhone = await host.PostAsJsonAsync($"/api/stays/housekeeping/{task}/cleaner", new { name = "周阿姨", phone = "123" });
        Assert.Equal(HttpStatusCode.BadRequest, badPhone.StatusCode);
        using var first = await host.PostAsJsonAsync($"/api/stays/housekeeping/{task}/cleaner", new { name = "周阿姨", phone = "13700137000" });
        var oldLink = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        using var second = await host.PostAsJsonAsync($"/api/stays/housekeeping/{task}/cleaner", new { name = "吴师傅", phone = "13600136000" });
        var link = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;

        using var cleaner = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await cleaner.GetAsync("/api/stays/cleaning/" + oldLink.Split('/')[^1])).StatusCode);
        var view = await cleaner.GetFromJsonAsync<JsonElement>("/api/stays/cleaning/" + link.Split('/')[^1]);
        Assert.True(view.GetProperty("open").GetBoolean());

        using var incomplete = new MultipartFormDataContent { { new StringContent("linen"), "checked" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await cleaner.PostAsync("/api/stays/cleaning/" + link.Split('/')[^1], incomplete)).StatusCode);
        var picture = new ByteArrayContent(Png(800, 600));
        picture.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var done = new MultipartFormDataContent { { picture, "photo", "room.png" } };
        foreach (var item in new[] { "linen", "bathroom", "floor", "rubbish", "supplies", "windows" })
            done.Add(new StringContent(item), "checked");
        using var completed = await cleaner.PostAsync("/api/stays/cleaning/" + link.Split('/')[^1], done);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("Inspected", (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unitState").GetString());

        using var photo = await host.GetAsync($"/api/stays/housekeeping/{task}/photo.jpg");
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cleaner.GetAsync($"/api/stays/housekeeping/{task}/photo.jpg")).StatusCode);
        using var tonight = await BookAsync(guest, Booking(type, ChinaToday, 1));
        Assert.Equal(HttpStatusCode.Created, tonight.StatusCode);
    }

    static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
            canvas.Clear(new SKColor(60, 140, 80));
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    static MultipartFormDataContent Upload(byte[] bytes, string contentType, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
