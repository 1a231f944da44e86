namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static StaysTestData;

/// <summary>Search, quotes and bookings over the Stays issue's stable API, on SQLite and (in the second pass) PostgreSQL.</summary>
public class StaysBookingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task Search_by_village_and_dates_lists_bookable_unit_types_with_their_quoted_totals()
    {
        using var anonymous = app.Client();
        var all = await anonymous.GetFromJsonAsync<JsonElement>("/api/stays?village=331199");
        Assert.InRange(all.GetProperty("total").GetInt32(), 30, 60);
        var village = all.GetProperty("items")[0].GetProperty("regionCode").GetString();

        var from = ChinaToday.AddDays(420);
        var found = await anonymous.GetFromJsonAsync<JsonElement>($"/api/stays?village={village}&from={from:yyyy-MM-dd}&to={from.AddDays(2):yyyy-MM-dd}&guests=2");
        var items = found.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, s => Assert.Equal(village, s.GetProperty("regionCode").GetString()));
        var offer = items[0].GetProperty("unitTypes")[0];
        var quote = await anonymous.GetFromJsonAsync<JsonElement>(
            $"/api/stays/units/{offer.GetProperty("unitTypeId").GetGuid()}/quote?from={from:yyyy-MM-dd}&to={from.AddDays(2):yyyy-MM-dd}&guests=2");
        Assert.Equal(quote.GetProperty("total").GetDecimal(), offer.GetProperty("total").GetDecimal());
        Assert.Equal(2, quote.GetProperty("nights").GetArrayLength());

        using var tooMany = await anonymous.GetAsync($"/api/stays?village={village}&from={from:yyyy-MM-dd}&to={from:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("\"to\"", await tooMany.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_quote_prices_each_night_with_weekend_and_extra_guest_rates_and_the_weekly_discount()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host, rates: new
        {
            nameZh = "家庭房", maxGuests = 4, baseOccupancy = 2, units = 1, baseNightly = 300m, weekendNightly = 400m, extraGuestNightly = 50m, weeklyDiscountPct = 10m,
        });
        var monday = ChinaToday.AddDays(400);
        while (monday.DayOfWeek != DayOfWeek.Monday)
            monday = monday.AddDays(1);
        using var anonymous = app.Client();
        var quote = await anonymous.GetFromJsonAsync<JsonElement>($"/api/stays/units/{type}/quote?from={monday:yyyy-MM-dd}&to={monday.AddDays(7):yyyy-MM-dd}&guests=3");
        var nights = quote.GetProperty("nights").EnumerateArray().Select(n => n.GetProperty("amount").GetDecimal()).ToList();
        // Mon–Thu 4 × (300 + 50), Fri and Sat 2 × (400 + 50), Sun 300 + 50: 2,650; 10% weekly discount: 2,385.
        Assert.Equal([350m, 350m, 350m, 350m, 450m, 450m, 350m], nights);
        Assert.Equal(2650m, quote.GetProperty("subtotal").GetDecimal());
        Assert.Equal("weekly", quote.GetProperty("discount").GetString());
        Assert.Equal(2385m, quote.GetProperty("total").GetDecimal());
        Assert.Equal("CNY", quote.GetProperty("currency").GetString());

        using var tooMany = await anonymous.GetAsync($"/api/stays/units/{type}/quote?from={monday:yyyy-MM-dd}&to={monday.AddDays(1):yyyy-MM-dd}&guests=5");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("guests", await tooMany.Content.ReadAsStringAsync());
        using var unknown = await anonymous.GetAsync($"/api/stays/units/{Guid.NewGuid()}/quote?from={monday:yyyy-MM-dd}&to={monday.AddDays(1):yyyy-MM-dd}&guests=1");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_booking_is_confirmed_once_per_idempotency_key_and_a_reused_key_with_another_body_is_refused()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host, units: 2);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        var checkIn = ChinaToday.AddDays(410);
        var key = Guid.NewGuid().ToString();

        using var first = await BookAsync(guest, Booking(type, checkIn, 2), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var booking = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Confirmed", booking.GetProperty("status").GetString());
        Assert.True(booking.GetProperty("total").GetDecimal() > 0);

        using var again = await BookAsync(guest, Booking(type, checkIn, 2), key);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(booking.GetProperty("id").GetGuid(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());

        using var reused = await BookAsync(guest, Booking(type, checkIn, 3), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);

        // One of the two units is still free for those nights; the other key books it; a third finds none.
        using var second = await BookAsync(guest, Booking(type, checkIn, 2), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.NotEqual(booking.GetProperty("unit").GetString(), (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unit").GetString());
        using var full = await BookAsync(guest, Booking(type, checkIn.AddDays(1), 1));
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Equal("application/problem+json", full.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Two_hundred_guests_racing_for_the_last_unit_get_exactly_one_confirmation()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host, units: 1);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        var checkIn = ChinaToday.AddDays(430);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            // Overlapping, not identical, ranges: the key must hold night by night, not per exact range.
            using var response = await BookAsync(guest, Booking(type, checkIn.AddDays(i % 3), 2));
            return response.StatusCode;
        }));

        Assert.Equal(0, attempts.Count(s => (int)s >= 500));
        var created = attempts.Count(s => s == HttpStatusCode.Created);
        Assert.InRange(created, 1, 2); // at most {d0-d2, d2-d4}: two ranges that do not overlap can both win
        Assert.Equal(200 - created, attempts.Count(s => s == HttpStatusCode.Conflict));
        var trips = (await guest.GetFromJsonAsync<JsonElement>("/api/stays/bookings/mine")).EnumerateArray()
            .Where(t => t.GetProperty("status").GetString() == "Confirmed" && t.GetProperty("checkIn").GetString()!.CompareTo(checkIn.ToString("yyyy-MM-dd")) >= 0
                && t.GetProperty("checkIn").GetString()!.CompareTo(checkIn.AddDays(3).ToString("yyyy-MM-dd")) < 0)
            .ToList();
        Assert.Equal(created, trips.Count);
        var ranges = trips.Select(t => (DateOnly.Parse(t.GetProperty("checkIn").GetString()!), DateOnly.Parse(t.GetProperty("checkOut").GetString()!))).ToList();
        Assert.True(ranges.Count < 2 || ranges[0].Item2 <= ranges[1].Item1 || ranges[1].Item2 <= ranges[0].Item1, "confirmed bookings overlap");
    }

    [Fact]
    public async Task Bad_booking_requests_are_refused_with_the_field_named_and_nothing_booked()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        var day = ChinaToday.AddDays(440);

        async Task<(HttpStatusCode, string)> Try(object body)
        {
            using var r = await BookAsync(guest, body);
            return (r.StatusCode, await r.Content.ReadAsStringAsync());
        }

        var (status, body) = await Try(new { unitTypeId = type, checkIn = day.ToString("yyyy-MM-dd"), checkOut = day.ToString("yyyy-MM-dd"), guests = 2, guestName = "王", guestPhone = "13800138000" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("checkOut", body);
        (status, body) = await Try(Booking(type, day, 1, guests: 9));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("guests", body);
        (status, body) = await Try(Booking(type, ChinaToday.AddDays(-3), 1));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("checkIn", body);
        (status, body) = await Try(new { unitTypeId = type, checkIn = day.ToString("yyyy-MM-dd"), checkOut = day.AddDays(1).ToString("yyyy-MM-dd"), guests = 1, guestName = "王", guestPhone = "12345" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("guestPhone", body);
        (status, _) = await Try(Booking(Guid.NewGuid(), day, 1));
        Assert.Equal(HttpStatusCode.NotFound, status);
        using var malformed = await guest.PostAsync("/api/stays/bookings", new StringContent("{\"checkIn\": \"next tuesday\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        using var anonymous = app.Client();
        using var unauthenticated = await BookAsync(anonymous, Booking(type, day, 1));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);

        using var stillFree = await BookAsync(guest, Booking(type, day, 1));
        Assert.Equal(HttpStatusCode.Created, stillFree.StatusCode);
    }

    [Fact]
    public async Task Cancelling_refunds_by_the_policy_and_releases_the_nights()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host, policy: "strict");
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        // Strict: 14 days or more before check-in refunds 100%, 7 to 13 days 50%, later nothing.
        var soon = ChinaToday.AddDays(10);
        using var booked = await BookAsync(guest, Booking(type, soon, 2));
        var booking = await booked.Content.ReadFromJsonAsync<JsonElement>();
        var id = booking.GetProperty("id").GetGuid();

        using var cancelled = await guest.PostAsync($"/api/stays/bookings/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var result = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cancelled", result.GetProperty("status").GetString());
        Assert.Equal(50, result.GetProperty("refundPercent").GetInt32());
        Assert.Equal(decimal.Round(booking.GetProperty("total").GetDecimal() / 2, 2), result.GetProperty("refund").GetDecimal());

        using var twice = await guest.PostAsync($"/api/stays/bookings/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        using var rebooked = await BookAsync(guest, Booking(type, soon, 2));
        Assert.Equal(HttpStatusCode.Created, rebooked.StatusCode);

        using var stranger = await app.SignedInAsync(DemoAccounts.Farmer);
        using var notYours = await stranger.PostAsync($"/api/stays/bookings/{(await rebooked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}/cancel", null);
        Assert.Equal(HttpStatusCode.NotFound, notYours.StatusCode);
    }

    [Fact]
    public async Task The_unmanned_loop_checks_in_with_a_door_code_and_keeps_a_dirty_unit_off_sale_until_housekeeping_is_done()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host, units: 1);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        using var booked = await BookAsync(guest, Booking(type, ChinaToday, 1));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var checkIn = await guest.PostAsync($"/api/stays/bookings/{id}/check-in", null);
        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        var pack = await checkIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("CheckedIn", pack.GetProperty("status").GetString());
        Assert.Matches("^[0-9]{6}$", pack.GetProperty("doorCode").GetString()!);
        Assert.Contains("木牌", pack.GetProperty("arrivalInstructions").GetString());

        using var checkOut = await guest.PostAsync($"/api/stays/bookings/{id}/check-out", null);
        Assert.Equal(HttpStatusCode.OK, checkOut.StatusCode);
        var task = (await checkOut.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("housekeepingTaskId").GetGuid();
        Assert.Null((await guest.GetFromJsonAsync<JsonElement>($"/api/stays/bookings/{id}/pack")).GetProperty("doorCode").GetString());

        // The room is free tonight again, but dirty: no same-day arrival until it is cleaned.
        using var tooSoon = await BookAsync(guest, Booking(type, ChinaToday, 1));
        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        Assert.Contains(await host.GetFromJsonAsync<JsonElement>("/api/stays/housekeeping") is var tasks ? tasks.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()) : [], t => t == task);

        using var incomplete = await host.PostAsJsonAsync($"/api/stays/housekeeping/{task}/done", new { @checked = new[] { "linen" } });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        using var done = await host.PostAsJsonAsync($"/api/stays/housekeeping/{task}/done",
            new { @checked = new[] { "linen", "bathroom", "floor", "rubbish", "supplies", "windows" } });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        using var tonight = await BookAsync(guest, Booking(type, ChinaToday, 1));
        Assert.Equal(HttpStatusCode.Created, tonight.StatusCode);
    }

    [Fact]
    public async Task Moving_a_booking_takes_the_new_nights_reprices_it_and_revokes_a_door_code_issued_for_the_old_dates()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host, units: 1);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        using var booked = await BookAsync(guest, Booking(type, ChinaToday, 1));
        var id = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await RunDoorCodeJobAsync();
        Assert.Matches("^[0-9]{6}$", (await guest.GetFromJsonAsync<JsonElement>($"/api/stays/bookings/{id}/pack")).GetProperty("doorCode").GetString()!);

        // Overlapping the old range on the same unit: today's night is kept, two more are taken.
        using var moved = await guest.PostAsJsonAsync($"/api/stays/bookings/{id}/dates",
            new { checkIn = ChinaToday.AddDays(1).ToString("yyyy-MM-dd"), checkOut = ChinaToday.AddDays(3).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var after = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, after.GetProperty("nights").GetInt32());
        Assert.Null((await guest.GetFromJsonAsync<JsonElement>($"/api/stays/bookings/{id}/pack")).GetProperty("doorCode").GetString());
        using var tonightFree = await BookAsync(guest, Booking(type, ChinaToday, 1));
        Assert.Equal(HttpStatusCode.Created, tonightFree.StatusCode);

        using var clash = await guest.PostAsJsonAsync($"/api/stays/bookings/{id}/dates",
            new { checkIn = ChinaToday.ToString("yyyy-MM-dd"), checkOut = ChinaToday.AddDays(2).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        var unchanged = await guest.GetFromJsonAsync<JsonElement>($"/api/stays/bookings/{id}");
        Assert.Equal(ChinaToday.AddDays(1).ToString("yyyy-MM-dd"), unchanged.GetProperty("checkIn").GetString());
        using var backwards = await guest.PostAsJsonAsync($"/api/stays/bookings/{id}/dates",
            new { checkIn = ChinaToday.AddDays(5).ToString("yyyy-MM-dd"), checkOut = ChinaToday.AddDays(4).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }

    /// <summary>Runs the door-code job now instead of waiting for its 10-minute tick.</summary>
    async Task RunDoorCodeJobAsync() => Assert.True(await app.RunJobAsync("DoorCodeIssuer"), "the job took its lease");
}
