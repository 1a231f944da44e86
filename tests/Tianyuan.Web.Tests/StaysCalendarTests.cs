namespace Tianyuan.Web.Tests;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Demo;
using static StaysTestData;

/// <summary>The app with the calendar sync job ticking every second, so a test sees a new feed imported within moments.</summary>
public sealed class CalendarAppFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = default!;

    public async Task InitializeAsync() => App = await TestApp.StartAsync(new Dictionary<string, string?>
    {
        ["Stays:CalendarSync:TickSeconds"] = "1",
        // The stand-in OTA listens on 127.0.0.1, which production refuses to fetch from.
        ["Stays:CalendarSync:AllowPrivateAddresses"] = "true",
    });

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// OTA calendar sync over HTTP: the iCal export OTAs poll, host closures, feeds pulled by the job from a loopback
/// server standing in for Airbnb, uploads, and conflicts; on SQLite and (in the second pass) PostgreSQL.
/// </summary>
public class StaysCalendarTests(CalendarAppFixture fixture) : IClassFixture<CalendarAppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task The_export_is_valid_icalendar_holding_a_booking_without_the_guest_name_and_a_wrong_token_gets_404()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, calendarUrl) = await NewUnitTypeAsync(host);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        var checkIn = ChinaToday.AddDays(20);
        using var booked = await BookAsync(guest, Booking(type, checkIn, 2));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);

        using var anonymous = app.Client();
        using var feed = await anonymous.GetAsync(calendarUrl);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", feed.Content.Headers.ContentType?.CharSet);
        Assert.True(feed.Headers.CacheControl?.NoStore);
        var ics = await feed.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotMatch("[^\r]\n", ics);
        Assert.Contains($"DTSTART;VALUE=DATE:{Ics(checkIn)}\r\nDTEND;VALUE=DATE:{Ics(checkIn.AddDays(2))}\r\n", ics);
        Assert.Contains("SUMMARY:已预订 Reserved\r\n", ics);
        Assert.Single(ics.Split("BEGIN:VEVENT")[1..]);
        Assert.DoesNotContain("李晓明", ics);
        Assert.DoesNotContain("13800138000", ics);

        var token = calendarUrl[(calendarUrl.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        foreach (var wrong in new[] { calendarUrl[..^3] + "xyz", calendarUrl[..calendarUrl.IndexOf('?', StringComparison.Ordinal)], $"/api/stays/units/{Guid.NewGuid()}/calendar.ics?token={token}" })
        {
            using var refused = await anonymous.GetAsync(wrong);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        using var stranger = await app.SignedInAsync(DemoAccounts.Farmer);
        using var notTheirs = await stranger.PostAsync($"/api/stays/units/{type}/calendar-token", null);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        using var renewed = await host.PostAsync($"/api/stays/units/{type}/calendar-token", null);
        var newUrl = (await renewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("calendarUrl").GetString()!;
        using var oldLink = await anonymous.GetAsync(calendarUrl);
        Assert.Equal(HttpStatusCode.NotFound, oldLink.StatusCode);
        using var newLink = await anonymous.GetAsync(newUrl);
        Assert.Equal(HttpStatusCode.OK, newLink.StatusCode);
    }

    [Fact]
    public async Task A_pulled_feed_blocks_its_nights_until_the_event_is_removed_from_it()
    {
        await using var airbnb = await FeedServer.StartAsync();
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (type, unit, calendarUrl) = await NewUnitAsync(host);
        var start = ChinaToday.AddDays(30);
        var feed = await ImportedByTheJobAsync(host, unit, airbnb, Event("hm-1@airbnb.com", start, start.AddDays(3)));

        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        using var refused = await BookAsync(guest, Booking(type, start.AddDays(1), 1));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        using var anonymous = app.Client();
        var ics = await anonymous.GetStringAsync(calendarUrl);
        Assert.Contains($"DTSTART;VALUE=DATE:{Ics(start)}\r\nDTEND;VALUE=DATE:{Ics(start.AddDays(3))}\r\nSUMMARY:不可订 Not available", ics);

        airbnb.Body = Calendar();
        var synced = await SyncAsync(host, feed);
        Assert.Equal(1, synced.GetProperty("log")[0].GetProperty("removed").GetInt32());
        Assert.Equal(0, synced.GetProperty("blocks").GetInt32());
        using var booked = await BookAsync(guest, Booking(type, start, 3));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
    }

    [Fact]
    public async Task A_feed_that_fails_or_sends_garbage_keeps_its_blocks_and_shows_the_error()
    {
        await using var airbnb = await FeedServer.StartAsync();
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (type, unit, _) = await NewUnitAsync(host);
        var start = ChinaToday.AddDays(40);
        var feed = await ImportedByTheJobAsync(host, unit, airbnb, Event("keep@airbnb.com", start, start.AddDays(2)));
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);

        airbnb.Status = 500;
        var failed = await SyncAsync(host, feed);
        Assert.Contains("HTTP 500", failed.GetProperty("lastError").GetString());
        Assert.Contains("500", failed.GetProperty("log")[0].GetProperty("error").GetString());
        Assert.Equal(1, failed.GetProperty("blocks").GetInt32());
        using (var stillBlocked = await BookAsync(guest, Booking(type, start, 1)))
            Assert.Equal(HttpStatusCode.Conflict, stillBlocked.StatusCode);

        airbnb.Status = 200;
        airbnb.Body = "<html><body>Service temporarily unavailable</body></html>";
        var garbage = await SyncAsync(host, feed);
        Assert.Contains("HTML", garbage.GetProperty("lastError").GetString());
        Assert.Equal(1, garbage.GetProperty("blocks").GetInt32());
        var listed = (await host.GetFromJsonAsync<JsonElement>($"/api/stays/units/{unit}/feeds"))[0];
        Assert.Contains("HTML", listed.GetProperty("lastError").GetString());
        Assert.True(listed.GetProperty("log").GetArrayLength() >= 3);
        using (var stillBlocked = await BookAsync(guest, Booking(type, start.AddDays(1), 1)))
            Assert.Equal(HttpStatusCode.Conflict, stillBlocked.StatusCode);
    }

    [Fact]
    public async Task An_upload_is_refused_for_the_wrong_type_an_oversized_or_malformed_file_and_otherwise_replaces_its_blocks_by_diff()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (type, unit, _) = await NewUnitAsync(host);
        var start = ChinaToday.AddDays(70);
        var ics = Calendar(Event("bdc-7", start, start.AddDays(2)));

        using (var wrongType = await UploadAsync(host, unit, ics, "photo.png", "image/png"))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        using (var tooLarge = await UploadAsync(host, unit, ics + new string('x', 2 * 1024 * 1024), "big.ics", "text/calendar"))
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        using (var malformed = await UploadAsync(host, unit, ics.Replace("END:VCALENDAR\r\n", "", StringComparison.Ordinal), "booking.ics", "text/calendar"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, malformed.StatusCode);
            var problem = await malformed.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("VCALENDAR", problem.GetProperty("errors").GetProperty("file")[0].GetString());
        }

        Assert.Equal(0, (await host.GetFromJsonAsync<JsonElement>($"/api/stays/units/{unit}/feeds")).GetArrayLength());

        using (var uploaded = await UploadAsync(host, unit, ics, "booking.ics", "application/octet-stream"))
        {
            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
            var feed = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("booking", feed.GetProperty("name").GetString());
            Assert.Equal(JsonValueKind.Null, feed.GetProperty("url").ValueKind);
        }

        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        using (var refused = await BookAsync(guest, Booking(type, start, 1)))
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        var moved = Calendar(Event("bdc-7", start.AddDays(1), start.AddDays(2)));
        using (var again = await UploadAsync(host, unit, moved, "booking.ics", "text/calendar"))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var log = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("log")[0];
            Assert.Equal((0, 1, 0), (log.GetProperty("added").GetInt32(), log.GetProperty("changed").GetInt32(), log.GetProperty("removed").GetInt32()));
        }

        using (var freed = await BookAsync(guest, Booking(type, start, 1)))
            Assert.Equal(HttpStatusCode.Created, freed.StatusCode);
        using (var blocked = await BookAsync(guest, Booking(type, start.AddDays(1), 1)))
            Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
    }

    [Fact]
    public async Task A_booking_made_before_an_import_stands_and_is_reported_as_conflict_nights()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (type, unit, _) = await NewUnitAsync(host);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        var checkIn = ChinaToday.AddDays(50);
        using var booked = await BookAsync(guest, Booking(type, checkIn, 2));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var bookingId = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var uploaded = await UploadAsync(host, unit, Calendar(Event("double@airbnb.com", checkIn.AddDays(-1), checkIn.AddDays(3))), "airbnb.ics", "text/calendar");
        var feed = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, feed.GetProperty("conflictNights").GetInt32());
        Assert.Equal(2, feed.GetProperty("log")[0].GetProperty("conflictNights").GetInt32());

        var booking = await guest.GetFromJsonAsync<JsonElement>($"/api/stays/bookings/{bookingId}");
        Assert.Equal("Confirmed", booking.GetProperty("status").GetString());
        using var before = await BookAsync(guest, Booking(type, checkIn.AddDays(-1), 1));
        Assert.Equal(HttpStatusCode.Conflict, before.StatusCode);
        using var after = await BookAsync(guest, Booking(type, checkIn.AddDays(2), 1));
        Assert.Equal(HttpStatusCode.Conflict, after.StatusCode);
    }

    [Fact]
    public async Task A_host_closes_dates_but_never_over_a_booking_and_reopens_them()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (type, unit, _) = await NewUnitAsync(host);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        var day = ChinaToday.AddDays(60);
        using var booked = await BookAsync(guest, Booking(type, day, 2));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);

        using var overBooking = await host.PostAsJsonAsync($"/api/stays/units/{unit}/blocks", Range(day.AddDays(-1), day.AddDays(1), "家人来住"));
        Assert.Equal(HttpStatusCode.Conflict, overBooking.StatusCode);
        Assert.Contains(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await overBooking.Content.ReadAsStringAsync());
        using (var untouched = await BookAsync(guest, Booking(type, day.AddDays(-1), 1)))
            Assert.Equal(HttpStatusCode.Created, untouched.StatusCode);

        using var backwards = await host.PostAsJsonAsync($"/api/stays/units/{unit}/blocks", Range(day.AddDays(5), day.AddDays(5), null));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("\"end\"", await backwards.Content.ReadAsStringAsync());

        using var closed = await host.PostAsJsonAsync($"/api/stays/units/{unit}/blocks", Range(day.AddDays(3), day.AddDays(6), "维修"));
        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
        var block = (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using (var refused = await BookAsync(guest, Booking(type, day.AddDays(4), 1)))
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        using var stranger = await app.SignedInAsync(DemoAccounts.Farmer);
        using (var notTheirs = await stranger.DeleteAsync($"/api/stays/blocks/{block}"))
            Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        using (var reopened = await host.DeleteAsync($"/api/stays/blocks/{block}"))
            Assert.Equal(HttpStatusCode.NoContent, reopened.StatusCode);
        using (var open = await BookAsync(guest, Booking(type, day.AddDays(3), 3)))
            Assert.Equal(HttpStatusCode.Created, open.StatusCode);
    }

    [Fact]
    public async Task Feeds_are_validated_and_someone_else_gets_404_for_every_calendar_endpoint()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, unit, _) = await NewUnitAsync(host);
        using var badUrl = await host.PostAsJsonAsync($"/api/stays/units/{unit}/feeds", new { name = "Airbnb", url = "file:///etc/passwd", intervalMinutes = 15 });
        Assert.Equal(HttpStatusCode.BadRequest, badUrl.StatusCode);
        Assert.Contains("\"url\"", await badUrl.Content.ReadAsStringAsync());
        using var badInterval = await host.PostAsJsonAsync($"/api/stays/units/{unit}/feeds", new { name = "Airbnb", url = "https://example.com/a.ics", intervalMinutes = 1 });
        Assert.Contains("\"intervalMinutes\"", await badInterval.Content.ReadAsStringAsync());
        // Pulls of these go nowhere: the port is closed, so they only fail and are retried later.
        var closedPort = $"http://127.0.0.1:{TestApp.FreePort()}/feed.ics";
        var feeds = new List<Guid>();
        for (var i = 0; i < 5; i++)
            feeds.Add(await AddFeedAsync(host, unit, closedPort, $"渠道{i}"));
        using var sixth = await host.PostAsJsonAsync($"/api/stays/units/{unit}/feeds", new { name = "one more", url = closedPort });
        Assert.Equal(HttpStatusCode.Conflict, sixth.StatusCode);

        using var stranger = await app.SignedInAsync(DemoAccounts.Farmer);
        var ics = Calendar(Event("x", ChinaToday.AddDays(90), ChinaToday.AddDays(91)));
        var attempts = new List<HttpResponseMessage>
        {
            await stranger.GetAsync($"/api/stays/units/{unit}/feeds"),
            await stranger.PostAsJsonAsync($"/api/stays/units/{unit}/feeds", new { name = "mine", url = closedPort }),
            await stranger.PostAsJsonAsync($"/api/stays/units/{unit}/blocks", Range(ChinaToday.AddDays(90), ChinaToday.AddDays(91), null)),
            await stranger.PostAsync($"/api/stays/feeds/{feeds[0]}/sync", null),
            await stranger.DeleteAsync($"/api/stays/feeds/{feeds[0]}"),
            await UploadAsync(stranger, unit, ics, "x.ics", "text/calendar"),
        };
        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        attempts.ForEach(a => a.Dispose());

        using var removed = await host.DeleteAsync($"/api/stays/feeds/{feeds[0]}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(4, (await host.GetFromJsonAsync<JsonElement>($"/api/stays/units/{unit}/feeds")).GetArrayLength());
    }

    /// <summary>A new one-room type of the demo host: its id, its unit's id and its export URL.</summary>
    async Task<(Guid Type, Guid Unit, string CalendarUrl)> NewUnitAsync(HttpClient host)
    {
        var (stay, type, calendarUrl) = await NewUnitTypeAsync(host);
        var hosted = await host.GetFromJsonAsync<JsonElement>("/api/stays/hosting");
        var unit = hosted.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == stay)
            .GetProperty("unitTypes")[0].GetProperty("units")[0].GetProperty("id").GetGuid();
        return (type, unit, calendarUrl);
    }

    static async Task<Guid> AddFeedAsync(HttpClient host, Guid unit, string url, string name = "Airbnb")
    {
        using var created = await host.PostAsJsonAsync($"/api/stays/units/{unit}/feeds", new { name, url, intervalMinutes = 15 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Serves one event, subscribes the unit to it and waits (polling the unit's feeds) until the job has imported it.</summary>
    static async Task<Guid> ImportedByTheJobAsync(HttpClient host, Guid unit, FeedServer airbnb, string vevent)
    {
        airbnb.Body = Calendar(vevent);
        var feed = await AddFeedAsync(host, unit, airbnb.Url);
        for (var waited = TimeSpan.Zero; ; waited += TimeSpan.FromMilliseconds(250))
        {
            var view = (await host.GetFromJsonAsync<JsonElement>($"/api/stays/units/{unit}/feeds")).EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == feed);
            if (view.GetProperty("lastSucceededAt").ValueKind != JsonValueKind.Null)
            {
                Assert.Equal(1, view.GetProperty("blocks").GetInt32());
                Assert.Equal(1, view.GetProperty("log")[0].GetProperty("added").GetInt32());
                return feed;
            }

            Assert.True(waited < TimeSpan.FromSeconds(30), $"the sync job did not pull the feed: {view}");
            await Task.Delay(250);
        }
    }

    static async Task<JsonElement> SyncAsync(HttpClient host, Guid feed)
    {
        using var synced = await host.PostAsync($"/api/stays/feeds/{feed}/sync", null);
        Assert.Equal(HttpStatusCode.OK, synced.StatusCode);
        return await synced.Content.ReadFromJsonAsync<JsonElement>();
    }

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid unit, string ics, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(ics));
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/api/stays/units/{unit}/feeds/upload", form);
    }

    static object Range(DateOnly start, DateOnly end, string? note) =>
        new { start = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), note };

    static string Ics(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>An all-day event as Airbnb exports a reservation.</summary>
    static string Event(string uid, DateOnly start, DateOnly end) =>
        $"BEGIN:VEVENT\r\nDTEND;VALUE=DATE:{Ics(end)}\r\nDTSTART;VALUE=DATE:{Ics(start)}\r\nUID:{uid}\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\n";

    static string Calendar(params string[] events) =>
        "BEGIN:VCALENDAR\r\nPRODID:-//Airbnb Inc//Hosting Calendar 0.8.8//EN\r\nCALSCALE:GREGORIAN\r\nVERSION:2.0\r\n" + string.Concat(events) + "END:VCALENDAR\r\n";

    /// <summary>A stand-in OTA on 127.0.0.1: serves <see cref="Body"/> with <see cref="Status"/> at <see cref="Url"/>.</summary>
    sealed class FeedServer : IAsyncDisposable
    {
        readonly WebApplication server;

        FeedServer(WebApplication server) => this.server = server;

        public volatile int Status = 200;

        public volatile string Body = "";

        public string Url => server.Urls.First() + "/calendar.ics";

        public static async Task<FeedServer> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var feed = new FeedServer(builder.Build());
            feed.server.MapGet("/calendar.ics", () => Results.Text(feed.Body, "text/calendar; charset=utf-8", statusCode: feed.Status));
            await feed.server.StartAsync();
            return feed;
        }

        public async ValueTask DisposeAsync() => await server.DisposeAsync();
    }
}
