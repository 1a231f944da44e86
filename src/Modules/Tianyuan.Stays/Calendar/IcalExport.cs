namespace Tianyuan.Stays.Calendar;

using System.Globalization;
using System.Text;

/// <summary>
/// Our bookings and blocks as an iCalendar feed (RFC 5545) for Airbnb, Booking.com and the like to import:
/// one all-day VEVENT per <see cref="BlockedRange"/>, DTEND exclusive (the check-out day), as the OTAs themselves export.
/// </summary>
/// <remarks>
/// Written by hand, not with Ical.Net's CalendarSerializer: its folding counts UTF-16 units and splits surrogate pairs
/// across lines (an emoji in a summary becomes two U+FFFD once the text is UTF-8 encoded), and it adds properties we
/// do not choose (SEQUENCE). The feed is a fixed handful of properties, so writing them keeps every octet under our control.
/// Privacy: OTA feeds are fetched by URL without a login, so a summary must say what the dates are ("已预订 Reserved",
/// "房东自用 Closed"), never who stays; callers pass such a label, not a guest's name.
/// </remarks>
static class IcalExport
{
    public static string Write(string calendarName, string productId, IEnumerable<BlockedRange> ranges, DateTimeOffset stamp)
    {
        var sb = new StringBuilder(1024);
        Line(sb, "BEGIN:VCALENDAR");
        Line(sb, "VERSION:2.0");
        Line(sb, "PRODID:" + IcalText.Escape(productId));
        Line(sb, "CALSCALE:GREGORIAN");
        Line(sb, "METHOD:PUBLISH");
        Line(sb, "X-WR-CALNAME:" + IcalText.Escape(calendarName));
        var dtstamp = "DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var range in ranges)
        {
            // An empty range blocks nothing, and an OTA may reject DTEND <= DTSTART; leave it out rather than fail the feed.
            if (range.End <= range.Start)
                continue;
            Line(sb, "BEGIN:VEVENT");
            Line(sb, "UID:" + IcalText.Escape(range.Uid));
            Line(sb, dtstamp);
            Line(sb, "DTSTART;VALUE=DATE:" + Date(range.Start));
            Line(sb, "DTEND;VALUE=DATE:" + Date(range.End));
            Line(sb, "SUMMARY:" + IcalText.Escape(range.Summary));
            Line(sb, "TRANSP:OPAQUE");
            Line(sb, "END:VEVENT");
        }

        Line(sb, "END:VCALENDAR");
        return sb.ToString();
    }

    static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    static void Line(StringBuilder sb, string line) => IcalText.AppendFolded(sb, line);
}
