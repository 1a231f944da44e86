namespace Tianyuan.Stays.Tests.Calendar;

/// <summary>
/// Feeds shaped like what the OTAs and Google Calendar serve (identifiers made up). Raw strings carry this file's LF
/// endings; <see cref="Crlf"/> gives them the CRLF the real feeds use, so both are tested.
/// </summary>
static class Feeds
{
    public static string Crlf(string feed) => feed.ReplaceLineEndings("\r\n") + "\r\n";

    public const string Airbnb = """
        BEGIN:VCALENDAR
        PRODID;X-RICAL-TZSOURCE=TZINFO:-//Airbnb Inc//Hosting Calendar 1.0//EN
        CALSCALE:GREGORIAN
        VERSION:2.0
        BEGIN:VEVENT
        DTEND;VALUE=DATE:20261203
        DTSTART;VALUE=DATE:20261201
        UID:1418fb94e984-8f2c1a7b3d5e6f7a8b9c0d1e2f3a4b5c@airbnb.com
        DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/d
         etails/HMXQ4T2K9P\nPhone Number (Last 4 Digits): 4821
        SUMMARY:Reserved
        END:VEVENT
        BEGIN:VEVENT
        DTEND;VALUE=DATE:20270104
        DTSTART;VALUE=DATE:20261228
        UID:1418fb94e984-0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d@airbnb.com
        SUMMARY:Airbnb (Not available)
        END:VEVENT
        BEGIN:VEVENT
        DTEND;VALUE=DATE:20261005
        DTSTART;VALUE=DATE:20261001
        UID:1418fb94e984-ffffeeeeddddccccbbbbaaaa99998888@airbnb.com
        SUMMARY:Reserved
        END:VEVENT
        END:VCALENDAR
        """;

    public const string BookingCom = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//admin.booking.com//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:7c3e1f0a9b2d4e6f8a1c3e5f7a9b1d3f@booking.com
        DTSTAMP:20261120T080000Z
        DTSTART;VALUE=DATE:20261205
        DTEND;VALUE=DATE:20261207
        SUMMARY:CLOSED - Not available
        END:VEVENT
        BEGIN:VEVENT
        UID:2b4d6f8a0c2e4a6c8e0a2c4e6a8c0e2a@booking.com
        DTSTAMP:20261120T080000Z
        DTSTART;VALUE=DATE:20261224
        DTEND;VALUE=DATE:20261226
        SUMMARY:CLOSED - Not available
        END:VEVENT
        END:VCALENDAR
        """;

    /// <summary>Google Calendar: VTIMEZONE blocks, TZID times, a VALARM, a weekly closure with EXDATE, a cancelled event.</summary>
    public const string Google = """
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:竹林小院 房态
        X-WR-TIMEZONE:Asia/Shanghai
        BEGIN:VTIMEZONE
        TZID:Asia/Shanghai
        X-LIC-LOCATION:Asia/Shanghai
        BEGIN:STANDARD
        TZOFFSETFROM:+0800
        TZOFFSETTO:+0800
        TZNAME:CST
        DTSTART:19700101T000000
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VTIMEZONE
        TZID:America/Los_Angeles
        X-LIC-LOCATION:America/Los_Angeles
        BEGIN:DAYLIGHT
        TZOFFSETFROM:-0800
        TZOFFSETTO:-0700
        TZNAME:PDT
        DTSTART:19700308T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:-0700
        TZOFFSETTO:-0800
        TZNAME:PST
        DTSTART:19701101T020000
        RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        DTSTART;TZID=Asia/Shanghai:20261201T140000
        DTEND;TZID=Asia/Shanghai:20261203T110000
        DTSTAMP:20261125T093012Z
        UID:4k2j9d8s7f6g5h4j3k2l1@google.com
        CREATED:20261101T020304Z
        LAST-MODIFIED:20261101T020304Z
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:携程 订单
        TRANSP:OPAQUE
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:This is an event reminder
        TRIGGER:-P0DT0H30M0S
        END:VALARM
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261210T150000
        DTEND;TZID=America/Los_Angeles:20261212T100000
        DTSTAMP:20261125T093012Z
        UID:9q8w7e6r5t4y3u2i1o@google.com
        STATUS:CONFIRMED
        SUMMARY:Booked from the US office
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261207
        DTEND;VALUE=DATE:20261208
        RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T155959Z
        EXDATE;VALUE=DATE:20261221
        DTSTAMP:20261125T093012Z
        UID:weekly-closure-1@google.com
        STATUS:CONFIRMED
        SUMMARY:周一休息 Closed Mondays
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261215
        DTEND;VALUE=DATE:20261218
        DTSTAMP:20261125T093012Z
        UID:cancelled-1@google.com
        STATUS:CANCELLED
        SUMMARY:取消的预订
        END:VEVENT
        END:VCALENDAR
        """;
}
