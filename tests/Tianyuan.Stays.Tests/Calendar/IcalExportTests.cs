namespace Tianyuan.Stays.Tests.Calendar;

using System.Text;
using Tianyuan.Stays.Calendar;

/// <summary>The feed OTAs import from us: valid RFC 5545, folded by octets, and read back to the same ranges.</summary>
public class IcalExportTests
{
    static readonly DateTimeOffset Stamp = new(2026, 11, 26, 10, 30, 0, TimeSpan.FromHours(8));

    static readonly BlockedRange[] Blocks =
    [
        new(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3), "b-1001@tianyuan", "已预订 Reserved"),
        new(new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 2), "k-7@tianyuan",
            "房东自用, 不可预订; 竹林小院 冬季检修 \\ 锅炉房与温泉池维护, 期间暂停接待 Closed for winter maintenance\n第二行 😀"),
    ];

    static string Export() => IcalExport.Write("竹林小院 · 田园", "-//Tianyuan//Stays 1.0//ZH", Blocks, Stamp);

    [Fact]
    public void Every_line_is_at_most_75_octets_and_ends_in_CRLF()
    {
        var text = Export();
        Assert.EndsWith("\r\n", text);
        var lines = text[..^2].Split("\r\n");
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain('\r', line);
            Assert.DoesNotContain('\n', line);
            Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75);
        });
        // Folding never splits a character: the UTF-8 text holds no replacement character.
        Assert.DoesNotContain("\uFFFD", Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
        Assert.Contains(lines, l => l.StartsWith(' '));
    }

    [Fact]
    public void The_calendar_and_its_events_carry_exactly_these_properties()
    {
        var lines = Export().Split("\r\n");
        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tianyuan//Stays 1.0//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:竹林小院 · 田园"], lines[..6]);
        Assert.Equal(
            ["BEGIN:VEVENT", "UID:b-1001@tianyuan", "DTSTAMP:20261126T023000Z", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203", "SUMMARY:已预订 Reserved", "TRANSP:OPAQUE", "END:VEVENT"],
            lines[6..14]);
        Assert.Contains("DTSTART;VALUE=DATE:20261224", lines);
        Assert.Contains("DTEND;VALUE=DATE:20270102", lines);
        Assert.Equal("END:VCALENDAR", lines[^2]);
    }

    [Fact]
    public void Text_is_escaped()
    {
        var unfolded = Export().Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains(@"SUMMARY:房东自用\, 不可预订\; 竹林小院 冬季检修 \\ 锅炉房与温泉池维护\, 期间暂停接待 Closed for winter maintenance\n第二行 😀", unfolded);
        Assert.Equal(@"a\\b\;c\,d\ne\nf\ng", IcalText.Escape("a\\b;c,d\r\ne\nf\rg\u0001"));
    }

    [Fact]
    public void Export_then_import_gives_back_the_same_ranges()
    {
        var back = IcalImport.Parse(Export(), new DateOnly(2026, 11, 1), new DateOnly(2027, 11, 1));
        Assert.True(back.Succeeded, back.Error);
        Assert.Empty(back.Warnings);
        Assert.Equal(Blocks, back.Ranges);
    }

    [Fact]
    public void Ical_Net_reads_our_export_to_the_same_dates()
    {
        var calendar = Ical.Net.Calendar.Load(Export())!;
        Assert.Equal("PUBLISH", calendar.Method);
        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ToList();
        Assert.Equal(Blocks.Select(b => (b.Start, b.End, b.Summary)), events.Select(e => (e.DtStart!.Date, e.DtEnd!.Date, e.Summary!)));
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));
    }

    [Fact]
    public void Empty_ranges_are_left_out_and_no_ranges_is_still_a_calendar()
    {
        var text = IcalExport.Write("x", "-//t//EN", [new BlockedRange(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), "z", "zero")], Stamp);
        Assert.DoesNotContain("VEVENT", text);
        var parsed = IcalImport.Parse(text, new DateOnly(2026, 11, 1), new DateOnly(2027, 11, 1));
        Assert.True(parsed.Succeeded);
        Assert.Empty(parsed.Ranges);
    }

    [Fact]
    public void Folding_counts_octets_not_characters()
    {
        var sb = new StringBuilder();
        IcalText.AppendFolded(sb, "SUMMARY:" + new string('竹', 40));
        // "SUMMARY:" is 8 octets, then 22 three-octet characters make 74; the next line is a space and 18 characters.
        Assert.Equal("SUMMARY:" + new string('竹', 22) + "\r\n " + new string('竹', 18) + "\r\n", sb.ToString());
    }
}
