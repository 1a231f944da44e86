namespace Tianyuan.Stays.Tests.Calendar;

using Tianyuan.Stays.Calendar;

/// <summary>Feeds as Airbnb, Booking.com and Google Calendar serve them, and the quirks hosts' feeds really have.</summary>
public class IcalImportTests
{
    static readonly DateOnly From = new(2026, 11, 1), To = new(2027, 11, 1);

    internal static IReadOnlyList<BlockedRange> Ranges(string feed, TimeZoneInfo? zone = null)
    {
        var result = IcalImport.Parse(feed, From, To, zone);
        Assert.True(result.Succeeded, result.Error);
        return result.Ranges;
    }

    static BlockedRange Range(string start, string end, string uid, string summary) => new(DateOnly.Parse(start), DateOnly.Parse(end), uid, summary);

    [Fact]
    public void Airbnb_reservations_and_blocked_dates_become_blocks_and_past_stays_fall_outside_the_window()
    {
        Assert.Equal(
        [
            Range("2026-12-01", "2026-12-03", "1418fb94e984-8f2c1a7b3d5e6f7a8b9c0d1e2f3a4b5c@airbnb.com", "Reserved"),
            Range("2026-12-28", "2027-01-04", "1418fb94e984-0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d@airbnb.com", "Airbnb (Not available)"),
        ], Ranges(Feeds.Crlf(Feeds.Airbnb)));
    }

    [Fact]
    public void Booking_com_closed_dates_become_blocks()
    {
        var ranges = Ranges(Feeds.Crlf(Feeds.BookingCom));
        Assert.Equal([(new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 7)), (new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 26))], ranges.Select(r => (r.Start, r.End)));
        Assert.All(ranges, r => Assert.Equal("CLOSED - Not available", r.Summary));
    }

    [Fact]
    public void Google_calendar_times_in_any_zone_become_the_nights_slept_at_the_property()
    {
        var ranges = Ranges(Feeds.Crlf(Feeds.Google));
        Assert.Equal(
        [
            // 14:00 Dec 1 to 11:00 Dec 3 in Shanghai: the nights of Dec 1 and Dec 2.
            Range("2026-12-01", "2026-12-03", "4k2j9d8s7f6g5h4j3k2l1@google.com", "携程 订单"),
            Range("2026-12-07", "2026-12-08", "weekly-closure-1@google.com/20261207", "周一休息 Closed Mondays"),
            // 15:00 Dec 10 in Los Angeles is 07:00 Dec 11 in Shanghai; 10:00 Dec 12 there is 02:00 Dec 13 here.
            Range("2026-12-11", "2026-12-13", "9q8w7e6r5t4y3u2i1o@google.com", "Booked from the US office"),
            Range("2026-12-14", "2026-12-15", "weekly-closure-1@google.com/20261214", "周一休息 Closed Mondays"),
            // Dec 21 is an EXDATE; the cancelled Dec 15 event blocks nothing.
            Range("2026-12-28", "2026-12-29", "weekly-closure-1@google.com/20261228", "周一休息 Closed Mondays"),
        ], ranges);
    }

    [Fact]
    public void A_property_in_another_zone_sees_the_same_instants_on_its_own_dates()
    {
        var la = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var first = Ranges(Feeds.Google, la)[0];
        // 14:00 Dec 1 in Shanghai is 22:00 Nov 30 in Los Angeles; 11:00 Dec 3 there is 19:00 Dec 2 here.
        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 2)), (first.Start, first.End));
    }

    [Fact]
    public void LF_endings_a_BOM_folded_lines_tabs_and_X_properties_are_read()
    {
        var feed = "\uFEFF" + """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Some PMS//EN
            X-PUBLISHED-TTL:PT1H
            BEGIN:VEVENT
            UID:folded-1@pms.example
            DTSTART;VALUE=DATE:20261201
            DTEND;VALUE=DATE:2026120
             3
            X-PMS-ROOM;X-NOTE="a;b:c":101
            SUMMARY:已预订 Reserved\, 含早餐\; 竹林小院竹林小院竹林小院竹林小
             院竹林小院
            	 (携程)
            END:VEVENT
            END:VCALENDAR

            """;
        var range = Assert.Single(Ranges(feed));
        Assert.Equal(Range("2026-12-01", "2026-12-03", "folded-1@pms.example", "已预订 Reserved, 含早餐; 竹林小院竹林小院竹林小院竹林小院竹林小院 (携程)"), range);
    }

    [Theory]
    [InlineData("DTSTART:20261201T060000Z", "DTEND:20261203T030000Z", "2026-12-01", "2026-12-03")]
    [InlineData("DTSTART:20261201T170000Z", "DTEND:20261202T170000Z", "2026-12-02", "2026-12-03")]
    [InlineData("DTSTART:20261201T140000", "DTEND:20261203T110000", "2026-12-01", "2026-12-03")]
    [InlineData("DTSTART;TZID=\"China Standard Time\":20261201T140000", "DTEND;TZID=China Standard Time:20261203T110000", "2026-12-01", "2026-12-03")]
    [InlineData("DTSTART;TZID=/Asia/Shanghai:20261201T000000", "DTEND;TZID=/Asia/Shanghai:20261202T000000", "2026-12-01", "2026-12-02")]
    [InlineData("DTSTART;VALUE=DATE:20261201", "X-NO-END:1", "2026-12-01", "2026-12-02")]
    [InlineData("DTSTART;VALUE=DATE:20261201", "DURATION:P3D", "2026-12-01", "2026-12-04")]
    [InlineData("DTSTART;VALUE=DATE:20261201", "DURATION:P1W", "2026-12-01", "2026-12-08")]
    [InlineData("DTSTART;TZID=Asia/Shanghai:20261201T140000", "DURATION:PT45H", "2026-12-01", "2026-12-03")]
    [InlineData("DTSTART:20261201T100000", "DTEND:20261201T160000", "2026-12-01", "2026-12-02")]
    [InlineData("DTSTART;TZID=America/Los_Angeles:20270314T023000", "DTEND;TZID=America/Los_Angeles:20270315T110000", "2027-03-14", "2027-03-16")]
    public void Start_and_end_in_every_form_feeds_use(string start, string end, string first, string checkOut)
    {
        var range = Assert.Single(Ranges(Event(start, end)));
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(checkOut)), (range.Start, range.End));
    }

    [Theory]
    [InlineData("DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261201")]
    [InlineData("DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261201")]
    [InlineData("DTSTART:20261201T140000Z", "X-NO-END:1")]
    [InlineData("DTSTART;VALUE=DATE:20261201", "DURATION:-P2D")]
    public void Events_of_zero_or_negative_length_are_skipped_with_a_warning(string start, string end)
    {
        var result = IcalImport.Parse(Event(start, end), From, To);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Ranges);
        Assert.Contains("zero or negative", Assert.Single(result.Warnings));
        Assert.StartsWith("第 2 行", result.Warnings[0]); // where the VEVENT begins
    }

    [Fact]
    public void An_unknown_zone_is_read_as_the_property_time_with_a_warning()
    {
        var result = IcalImport.Parse(Event("DTSTART;TZID=Mars/Olympus:20261201T140000", "DTEND;TZID=Mars/Olympus:20261203T110000"), From, To);
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3)), (result.Ranges[0].Start, result.Ranges[0].End));
        Assert.Contains("Mars/Olympus", Assert.Single(result.Warnings));
    }

    [Fact]
    public void A_missing_UID_gets_a_stable_one_so_re_imports_match()
    {
        const string feed = """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261201
            DTEND;VALUE=DATE:20261203
            SUMMARY:Not available
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261210
            DTEND;VALUE=DATE:20261212
            SUMMARY:Not available
            END:VEVENT
            END:VCALENDAR
            """;
        var once = Ranges(feed);
        var again = Ranges(Feeds.Crlf(feed));
        Assert.Equal(once, again);
        Assert.All(once, r => Assert.StartsWith("tianyuan-", r.Uid));
        Assert.NotEqual(once[0].Uid, once[1].Uid);
    }

    [Fact]
    public void A_repeated_event_counts_once_and_a_Uid_shared_by_different_dates_keeps_each()
    {
        const string feed = """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:same
            DTSTART;VALUE=DATE:20261201
            DTEND;VALUE=DATE:20261203
            SUMMARY:Reserved
            END:VEVENT
            BEGIN:VEVENT
            UID:same
            DTSTART;VALUE=DATE:20261201
            DTEND;VALUE=DATE:20261203
            SUMMARY:Reserved
            END:VEVENT
            BEGIN:VEVENT
            UID:every
            DTSTART;VALUE=DATE:20261210
            DTEND;VALUE=DATE:20261212
            END:VEVENT
            BEGIN:VEVENT
            UID:every
            DTSTART;VALUE=DATE:20261220
            DTEND;VALUE=DATE:20261221
            END:VEVENT
            END:VCALENDAR
            """;
        Assert.Equal(["same", "every/20261210", "every/20261220"], Ranges(feed).Select(r => r.Uid));
    }

    [Fact]
    public void Ranges_are_clipped_to_the_window()
    {
        var result = IcalImport.Parse(Event("DTSTART;VALUE=DATE:20261025", "DTEND;VALUE=DATE:20261105"), From, new DateOnly(2026, 11, 3));
        var range = Assert.Single(result.Ranges);
        Assert.Equal((From, new DateOnly(2026, 11, 3)), (range.Start, range.End));
    }

    [Fact]
    public void A_weekly_closure_without_end_is_expanded_only_within_the_window()
    {
        var feed = Event("DTSTART;VALUE=DATE:20260105", "DTEND;VALUE=DATE:20260106\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU");
        var result = IcalImport.Parse(feed, new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1));
        Assert.Equal([1, 7, 8, 14, 15, 21, 22, 28, 29], result.Ranges.Select(r => r.Start.Day));
        Assert.All(result.Ranges, r => Assert.Equal(1, r.Nights));
        Assert.Equal("x@test/20261201", result.Ranges[0].Uid);
    }

    [Fact]
    public void A_long_recurring_block_that_began_before_the_window_still_blocks_its_nights_inside()
    {
        var feed = Event("DTSTART;VALUE=DATE:20260125", "DTEND;VALUE=DATE:20260205\nRRULE:FREQ=YEARLY");
        var range = Assert.Single(IcalImport.Parse(feed, new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 1)).Ranges);
        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 5)), (range.Start, range.End));
    }

    [Fact]
    public void An_overridden_occurrence_replaces_the_one_it_names_and_a_cancelled_one_frees_it()
    {
        const string feed = """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:r
            DTSTART;VALUE=DATE:20261207
            DTEND;VALUE=DATE:20261208
            RRULE:FREQ=WEEKLY;COUNT=3
            SUMMARY:Closed
            END:VEVENT
            BEGIN:VEVENT
            UID:r
            RECURRENCE-ID;VALUE=DATE:20261214
            DTSTART;VALUE=DATE:20261215
            DTEND;VALUE=DATE:20261217
            SUMMARY:Closed (moved)
            END:VEVENT
            BEGIN:VEVENT
            UID:r
            RECURRENCE-ID;VALUE=DATE:20261221
            DTSTART;VALUE=DATE:20261221
            DTEND;VALUE=DATE:20261222
            STATUS:CANCELLED
            END:VEVENT
            END:VCALENDAR
            """;
        Assert.Equal(
        [
            Range("2026-12-07", "2026-12-08", "r/20261207", "Closed"),
            Range("2026-12-15", "2026-12-17", "r/20261214", "Closed (moved)"),
        ], Ranges(feed));
    }

    [Fact]
    public void A_rule_that_never_matches_or_repeats_every_second_does_not_hang()
    {
        var never = IcalImport.Parse(Event("DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261202\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), From, To);
        Assert.True(never.Succeeded, never.Error);
        var secondly = IcalImport.Parse(Event("DTSTART:20261201T140000", "DTEND:20261202T110000\nRRULE:FREQ=SECONDLY"), From, To);
        Assert.True(secondly.Succeeded, secondly.Error);
        Assert.Contains("repeats too often", Assert.Single(secondly.Warnings));
        Assert.True(secondly.Ranges.Count <= 2);
    }

    /// <summary>A one-event calendar; <paramref name="end"/> may carry further property lines after a newline.</summary>
    internal static string Event(string start, string end) => $"""
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        {start}
        {end}
        UID:x@test
        SUMMARY:Blocked
        END:VEVENT
        END:VCALENDAR
        """;
}
