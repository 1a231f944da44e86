namespace Tianyuan.Stays.Tests.Calendar;

using Tianyuan.Stays.Calendar;

/// <summary>What a feed URL really returns on a bad day: an error for the host, never an exception.</summary>
public class IcalMalformedTests
{
    static readonly DateOnly From = new(2026, 11, 1), To = new(2027, 11, 1);

    static string Error(string text)
    {
        var result = IcalImport.Parse(text, From, To);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Ranges);
        // The catch-all's message would mean something threw.
        Assert.DoesNotContain("the calendar could not be read", result.Error);
        return result.Error;
    }

    [Fact]
    public void An_HTML_error_page_says_so()
    {
        var error = Error("""
            <!DOCTYPE html>
            <html><head><title>502 Bad Gateway</title></head>
            <body><h1>502 Bad Gateway</h1></body></html>
            """);
        Assert.Contains("HTML", error);
        Assert.Contains("网页", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("  \r\n\r\n")]
    public void An_empty_file_says_so(string text) => Assert.Contains("empty", Error(text));

    [Theory]
    [InlineData("Access denied")]
    [InlineData("{\"error\":\"not found\"}")]
    [InlineData("BEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\n")]
    public void Something_else_is_not_an_iCalendar_file(string text) => Assert.Contains("not an iCalendar file: no BEGIN:VCALENDAR", Error(text));

    [Fact]
    public void A_file_cut_inside_a_VEVENT_names_where_it_began()
    {
        var cut = Feeds.Crlf(Feeds.BookingCom)[..Feeds.Crlf(Feeds.BookingCom).IndexOf("SUMMARY", StringComparison.Ordinal)];
        var error = Error(cut);
        Assert.Contains("VEVENT begun at line 6", error);
        Assert.Contains("下载", error);
    }

    [Fact]
    public void A_file_cut_in_the_middle_of_a_line_points_at_that_line()
    {
        var cut = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DA";
        Assert.StartsWith("第 6 行: 不是 iCalendar 格式的行", Error(cut));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var huge = "BEGIN:VCALENDAR\r\n" + string.Concat(Enumerable.Repeat("X-PAD:" + new string('a', 1000) + "\r\n", 2200)) + "END:VCALENDAR\r\n";
        Assert.Contains("2 MB", Error(huge));
        // Chinese text is three octets a character in UTF-8: 800,000 of them are over 2 MB though fewer characters.
        Assert.Contains("2 MB", Error("BEGIN:VCALENDAR\r\nX-PAD:" + new string('竹', 800_000) + "\r\nEND:VCALENDAR\r\n"));
    }

    [Theory]
    [InlineData("DTSTART;VALUE=DATE:2026-12-01", "第 3 行", "DTSTART '2026-12-01'")]
    [InlineData("DTSTART:tomorrow", "第 3 行", "not a valid date")]
    [InlineData("DTSTART;VALUE=DATE:20261301", "第 3 行", "20261301")]
    [InlineData("DURATION:3 days", "第 4 行", "DURATION '3 days'")]
    [InlineData("RRULE:FREQ=FORTNIGHTLY", "第 4 行", "RRULE")]
    [InlineData("RRULE:FREQ=WEEKLY;BYDAY=XX", "第 4 行", "RRULE")]
    [InlineData("EXDATE:20261201T25", "第 4 行", "EXDATE")]
    public void An_unreadable_value_fails_the_whole_feed_with_its_line(string property, string line, string expected)
    {
        var start = property.StartsWith("DTSTART", StringComparison.Ordinal) ? property : "DTSTART;VALUE=DATE:20261201";
        var other = property.StartsWith("DTSTART", StringComparison.Ordinal) ? "X-NOTHING:1" : property;
        var error = Error(IcalImportTests.Event(start, other));
        Assert.StartsWith(line, error);
        Assert.Contains(expected, error);
    }

    [Theory]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261201\nEND:VTODO\nEND:VCALENDAR", "END:VTODO does not close BEGIN:VEVENT of line 2")]
    [InlineData("BEGIN:VCALENDAR\nEND:VCALENDAR\nEND:VCALENDAR", "END:VCALENDAR without a BEGIN")]
    [InlineData("BEGIN:VCALENDAR\nEND:VCALENDAR\nhello", "not an iCalendar content line 'hello'")]
    [InlineData("BEGIN:VCALENDAR\nEND:VCALENDAR\nX-TRAILER:1", "outside BEGIN:VCALENDAR")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:no start\nEND:VEVENT\nEND:VCALENDAR", "no DTSTART")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=\"Asia/Shanghai:20261201T140000\nEND:VEVENT\nEND:VCALENDAR", "line 3")]
    [InlineData("BEGIN:VCALENDAR\n\n continuation first\nEND:VCALENDAR", "line 3: not an iCalendar content line")]
    public void Broken_structure_is_an_error_with_its_line(string text, string expected) => Assert.Contains(expected, Error(text));

    [Fact]
    public void Two_calendars_in_one_file_are_both_read()
    {
        var two = Feeds.Crlf(Feeds.Airbnb) + Feeds.Crlf(Feeds.BookingCom);
        Assert.Equal(4, IcalImportTests.Ranges(two).Count);
    }

    [Fact]
    public void An_empty_window_is_an_error_not_an_exception()
    {
        var result = IcalImport.Parse(Feeds.Airbnb, To, From);
        Assert.Contains("window", result.Error);
    }

    [Fact]
    public void Every_truncation_of_a_real_feed_is_an_error_and_none_throws()
    {
        var feed = Feeds.Crlf(Feeds.Google);
        // Cut just before the final line break: still a whole calendar, so stop there.
        var whole = feed.Length - 2;
        for (var length = 0; length < whole; length += 7)
            Error(feed[..length]);
        Assert.True(IcalImport.Parse(feed[..whole], From, To).Succeeded);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20261201);
        var alphabet = "BEGIN:VCALENDAR\r\nEVT;=,\"\\ \t:0123456789TZ竹\uD83D\uDE00"; // includes a surrogate pair
        for (var i = 0; i < 300; i++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 400)).Select(_ => alphabet[random.Next(alphabet.Length)]);
            var text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + string.Concat(chars);
            var result = IcalImport.Parse(text, From, To);
            Assert.DoesNotContain("the calendar could not be read", result.Error ?? "");
        }
    }
}
