namespace Tianyuan.Stays.Calendar;

using System.Text;

/// <summary>
/// Reads an OTA's iCalendar feed (Airbnb, Booking.com, Google Calendar, …) into nights to block, in the property's
/// local dates, clipped to [windowStart, windowEnd). Imported events are blocks, never bookings.
/// </summary>
/// <remarks>
/// A small hand parser rather than Ical.Net's Calendar.Load, which we tried on real feeds: it throws on a leading BOM,
/// on HTML error pages and truncated files with messages that carry no line number, throws lazily on an unknown TZID
/// when a date is first read, drops an unreadable DTSTART silently (then throws "DtStart must be set"), gives an event
/// without a UID a random Guid (so every re-import would look new), and fails on two VCALENDARs in one file. Only RRULE
/// expansion is delegated to it (<see cref="IcalRecurrence"/>). Nothing here throws: any failure comes back as
/// <see cref="IcalParseResult.Error"/>. Any unreadable event fails the whole feed, since skipping it would release its block.
/// VTODO, VJOURNAL, VFREEBUSY and VTIMEZONE are ignored (zones come from the tz database by TZID).
/// </remarks>
static class IcalImport
{
    /// <summary>Airbnb's busiest feeds are tens of kilobytes; a larger file is a wrong link or an attack.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>China keeps one zone all year, so this is every Chinese property's local time.</summary>
    public static readonly TimeZoneInfo ChinaZone = IcalTime.FindZone("Asia/Shanghai") ?? TimeZoneInfo.CreateCustomTimeZone("China", TimeSpan.FromHours(8), "China", "China");

    public static IcalParseResult Parse(string text, DateOnly windowStart, DateOnly windowEnd, TimeZoneInfo? propertyZone = null)
    {
        try
        {
            return ParseCore(text ?? "", windowStart, windowEnd, propertyZone ?? ChinaZone);
        }
        catch (Exception e)
        {
            // Nothing above should throw; if it does, the host still gets a message instead of a failed sync job.
            return IcalParseResult.Failed(IcalParseResult.Message($"无法读取日历文件 ({e.Message})", $"the calendar could not be read ({e.Message})"));
        }
    }

    static IcalParseResult ParseCore(string text, DateOnly windowStart, DateOnly windowEnd, TimeZoneInfo zone)
    {
        if (windowEnd <= windowStart)
            return IcalParseResult.Failed(IcalParseResult.Message("同步日期范围为空", "the sync window is empty"));
        if (text.Length > MaxBytes || Encoding.UTF8.GetByteCount(text) > MaxBytes)
            return IcalParseResult.Failed(IcalParseResult.Message($"文件超过 {MaxBytes / 1024 / 1024} MB", $"the file is larger than {MaxBytes / 1024 / 1024} MB"));
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        if (string.IsNullOrWhiteSpace(text))
            return IcalParseResult.Failed(IcalParseResult.Message("文件是空的", "the file is empty"));
        var first = text.AsSpan().TrimStart();
        if (!first.StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            return IcalParseResult.Failed(first.StartsWith("<")
                ? IcalParseResult.Message("这是网页 (HTML), 不是日历文件: 请检查链接, 或稍后再试", "this is a web page (HTML), not an iCalendar file: check the link or try again later")
                : IcalParseResult.Message("不是 iCalendar 文件: 没有 BEGIN:VCALENDAR", "not an iCalendar file: no BEGIN:VCALENDAR"));
        }

        var lines = IcalContentLine.ReadAll(text, out var error);
        if (lines is null)
            return IcalParseResult.Failed(error!);
        var events = Components(lines, out error);
        if (events is null)
            return IcalParseResult.Failed(error!);

        var warnings = new List<string>();
        var ranges = IcalEvent.Ranges(events, windowStart, windowEnd, zone, warnings, out error);
        if (ranges is null)
            return IcalParseResult.Failed(error!);

        var clipped = DistinctUids.Apply(ranges)
            .Select(r => r with { Start = Max(r.Start, windowStart), End = Min(r.End, windowEnd) })
            .Where(r => r.End > r.Start)
            .OrderBy(r => r.Start).ThenBy(r => r.Uid, StringComparer.Ordinal)
            .ToList();
        return IcalParseResult.Parsed(clipped, warnings);
    }

    /// <summary>Checks BEGIN/END nesting and collects the properties of each VEVENT directly inside a VCALENDAR.</summary>
    static List<IcalEvent>? Components(List<IcalContentLine> lines, out string? error)
    {
        error = null;
        var events = new List<IcalEvent>();
        var open = new Stack<(string Name, int Line)>();
        IcalEvent? current = null;
        foreach (var line in lines)
        {
            var name = line.Value.Trim().ToUpperInvariant();
            if (line.Name == "BEGIN")
            {
                if (open.Count == 0 && name != "VCALENDAR")
                {
                    error = IcalParseResult.AtLine(line.Line, $"应为 BEGIN:VCALENDAR, 却是 BEGIN:{name}", $"expected BEGIN:VCALENDAR, found BEGIN:{name}");
                    return null;
                }

                if (name == "VEVENT" && open.Count == 1)
                    current = new IcalEvent(line.Line);
                open.Push((name, line.Line));
            }
            else if (line.Name == "END")
            {
                if (open.Count == 0 || open.Peek().Name != name)
                {
                    error = open.Count == 0
                        ? IcalParseResult.AtLine(line.Line, $"多余的 END:{name}", $"END:{name} without a BEGIN")
                        : IcalParseResult.AtLine(line.Line, $"END:{name} 与第 {open.Peek().Line} 行的 BEGIN:{open.Peek().Name} 不配对", $"END:{name} does not close BEGIN:{open.Peek().Name} of line {open.Peek().Line}");
                    return null;
                }

                open.Pop();
                if (name == "VEVENT" && open.Count == 1 && current is not null)
                {
                    events.Add(current);
                    current = null;
                }
            }
            else if (open.Count == 0)
            {
                error = IcalParseResult.AtLine(line.Line, "内容在 BEGIN:VCALENDAR … END:VCALENDAR 之外", "a line outside BEGIN:VCALENDAR … END:VCALENDAR");
                return null;
            }
            else if (current is not null && open.Count == 2)
            {
                // Properties of a VALARM inside the event (depth 3) are not the event's.
                current.Properties.Add(line);
            }
        }

        if (open.Count > 0)
        {
            var (name, at) = open.Peek();
            error = IcalParseResult.Message(
                $"文件在第 {at} 行开始的 {name} 中途结束, 可能没有下载完整",
                $"the file ends inside the {name} begun at line {at}: was the download cut short?");
            return null;
        }

        return events;
    }

    static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
