namespace Tianyuan.Stays.Calendar;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// One VEVENT's properties, and how a list of them becomes blocked nights. Dates are the property's: an event from
/// 2026-12-01T14:00 to 2026-12-03T11:00 blocks the nights of Dec 1 and Dec 2 (Start = Dec 1, End = Dec 3), whatever
/// zone it was written in. A timed event that starts and ends on the same local day blocks that day's night.
/// </summary>
/// <remarks>
/// Recurrences (RRULE) are expanded within the window, one block per occurrence named "uid/yyyyMMdd" (its local start
/// date), so each can be released on its own; EXDATE removes occurrences, and an event with RECURRENCE-ID replaces the
/// occurrence it names (or cancels it, with STATUS:CANCELLED). RDATE and a second RRULE are not read (a warning says so).
/// </remarks>
sealed class IcalEvent(int line)
{
    /// <summary>Longer events than this (ten years) are cut: they only matter inside the window anyway.</summary>
    const int MaxDays = 3660;

    public int Line { get; } = line;

    public List<IcalContentLine> Properties { get; } = [];

    sealed record Read(int Line, string Uid, string Summary, bool Cancelled, IcalTime Start, IcalTime End, DateTime? RecurrenceId,
        IcalContentLine? Rule, HashSet<DateTime> ExLocal, HashSet<DateOnly> ExDates);

    public static List<BlockedRange>? Ranges(List<IcalEvent> events, DateOnly windowStart, DateOnly windowEnd, TimeZoneInfo zone, List<string> warnings, out string? error)
    {
        var read = new List<Read>();
        var unknownZones = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var r = e.ReadProperties(zone, unknownZones, warnings, out error);
            if (r is null)
                return null;
            read.Add(r);
        }

        error = null;
        var replaced = read.Where(r => r.RecurrenceId is not null).Select(r => (r.Uid, r.RecurrenceId!.Value)).ToHashSet();
        var ranges = new List<BlockedRange>();
        foreach (var e in read.Where(r => !r.Cancelled))
        {
            if (Nights(e, e.Start.Wall, zone) is not var (start, end))
            {
                warnings.Add(IcalParseResult.AtLine(e.Line, $"事件 “{e.Summary}” 长度为零或为负, 已跳过", $"the event '{e.Summary}' has zero or negative length and was skipped"));
                continue;
            }

            if (e.Rule is null)
            {
                var uid = e.RecurrenceId is { } id ? DistinctUids.OccurrenceUid(e.Uid, DateOnly.FromDateTime(id)) : e.Uid;
                ranges.Add(new BlockedRange(start, end, uid, e.Summary));
                continue;
            }

            var length = Math.Clamp((int)Math.Ceiling((e.End.Wall - e.Start.Wall).TotalDays), 0, MaxDays);
            var from = windowStart.ToDateTime(TimeOnly.MinValue).AddDays(-length - 2);
            var to = windowEnd.ToDateTime(TimeOnly.MinValue).AddDays(2);
            var starts = IcalRecurrence.Expand(e.Start, e.Rule.Value, from, to, out var ruleError, out var cut);
            if (starts is null)
            {
                error = IcalParseResult.AtLine(e.Rule.Line, $"无法识别的重复规则 RRULE ({ruleError})", $"RRULE is not a valid recurrence rule ({ruleError})");
                return null;
            }

            if (cut)
                warnings.Add(IcalParseResult.AtLine(e.Line, $"重复事件 “{e.Summary}” 次数过多, 只取前 {IcalRecurrence.MaxOccurrences} 次", $"the recurring event '{e.Summary}' repeats too often; only its first {IcalRecurrence.MaxOccurrences} occurrences are blocked"));
            foreach (var occurrence in starts)
            {
                var local = (e.Start with { Wall = occurrence }).ToPropertyLocal(zone);
                if (e.ExLocal.Contains(local) || e.ExDates.Contains(DateOnly.FromDateTime(occurrence)) || replaced.Contains((e.Uid, local)))
                    continue;
                if (Nights(e, occurrence, zone) is var (s, en))
                    ranges.Add(new BlockedRange(s, en, DistinctUids.OccurrenceUid(e.Uid, DateOnly.FromDateTime(local)), e.Summary));
            }
        }

        return ranges;
    }

    /// <summary>The nights an occurrence starting at <paramref name="startWall"/> (the event's wall clock) blocks, or null if it lasts no time.</summary>
    static (DateOnly Start, DateOnly End)? Nights(Read e, DateTime startWall, TimeZoneInfo zone)
    {
        var shift = startWall - e.Start.Wall;
        var localStart = (e.Start with { Wall = startWall }).ToPropertyLocal(zone);
        var localEnd = (e.End with { Wall = e.End.Wall + shift }).ToPropertyLocal(zone);
        if (localEnd <= localStart)
            return null;
        var start = DateOnly.FromDateTime(localStart);
        var end = DateOnly.FromDateTime(localEnd);
        return (start, end > start ? end : start.AddDays(1));
    }

    Read? ReadProperties(TimeZoneInfo zone, HashSet<string> unknownZones, List<string> warnings, out string? error)
    {
        error = null;
        var summary = IcalText.Unescape(Get("SUMMARY")?.Value ?? "").Trim();
        var dtstart = Get("DTSTART");
        if (dtstart is null)
        {
            error = IcalParseResult.AtLine(Line, "事件没有开始日期 DTSTART", "the event has no DTSTART");
            return null;
        }

        if (!TryTime(dtstart, unknownZones, warnings, out var start, out error))
            return null;
        IcalTime end;
        if (Get("DTEND") is { } dtend)
        {
            if (!TryTime(dtend, unknownZones, warnings, out end, out error))
                return null;
        }
        else if (Get("DURATION") is { } duration)
        {
            if (!IcalTime.TryParseDuration(duration.Value, out var length))
            {
                error = IcalParseResult.AtLine(duration.Line, $"DURATION “{duration.Value}” 不是有效的时长", $"DURATION '{duration.Value}' is not a valid duration");
                return null;
            }

            end = start with { Wall = Add(start.Wall, length) };
        }
        else
        {
            // RFC 5545 §3.6.1: a date lasts one day, a date-time no time at all.
            end = start with { Wall = start.IsDate ? start.Wall.AddDays(1) : start.Wall };
        }

        DateTime? recurrenceId = null;
        if (Get("RECURRENCE-ID") is { } rid)
        {
            if (!TryTime(rid, unknownZones, warnings, out var ridTime, out error))
                return null;
            recurrenceId = ridTime.ToPropertyLocal(zone);
        }

        var exLocal = new HashSet<DateTime>();
        var exDates = new HashSet<DateOnly>();
        foreach (var exdate in Properties.Where(p => p.Name == "EXDATE"))
        {
            foreach (var value in exdate.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!TryTime(exdate with { Value = value }, unknownZones, warnings, out var ex, out error))
                    return null;
                if (ex.IsDate)
                    exDates.Add(DateOnly.FromDateTime(ex.Wall));
                else
                    exLocal.Add(ex.ToPropertyLocal(zone));
            }
        }

        var rules = Properties.Where(p => p.Name == "RRULE").ToList();
        if (rules.Count > 1 || Get("RDATE") is not null)
            warnings.Add(IcalParseResult.AtLine(Line, $"事件 “{summary}” 只读取第一条 RRULE, 不读取 RDATE", $"the event '{summary}': only its first RRULE is read, RDATE is not"));
        var uid = IcalText.Unescape(Get("UID")?.Value ?? "").Trim();
        if (uid.Length == 0)
            uid = SyntheticUid(dtstart, Get("DTEND") ?? Get("DURATION"), summary);
        var cancelled = string.Equals(Get("STATUS")?.Value.Trim(), "CANCELLED", StringComparison.OrdinalIgnoreCase);
        return new Read(Line, uid, summary, cancelled, start, end, recurrenceId, rules.FirstOrDefault(), exLocal, exDates);
    }

    IcalContentLine? Get(string name) => Properties.Find(p => p.Name == name);

    static DateTime Add(DateTime wall, TimeSpan length)
    {
        var max = TimeSpan.FromDays(MaxDays);
        return wall + (length > max ? max : length < -max ? -max : length);
    }

    static bool TryTime(IcalContentLine property, HashSet<string> unknownZones, List<string> warnings, out IcalTime time, out string? error)
    {
        error = null;
        TimeZoneInfo? zone = null;
        if (property.Parameter("TZID") is { } tzid)
        {
            zone = IcalTime.FindZone(tzid);
            if (zone is null && unknownZones.Add(tzid))
                warnings.Add(IcalParseResult.AtLine(property.Line, $"未知时区 “{tzid}”, 按房源当地时间处理", $"unknown time zone '{tzid}', read as the property's local time"));
        }

        if (IcalTime.TryParse(property.Value, zone, out time))
            return true;
        error = IcalParseResult.AtLine(property.Line, $"{property.Name} “{property.Value}” 不是有效的日期或时间", $"{property.Name} '{property.Value}' is not a valid date or date-time");
        return false;
    }

    /// <summary>A feed without UIDs still needs stable ones, or every re-import would release and re-add every block.</summary>
    static string SyntheticUid(IcalContentLine start, IcalContentLine? end, string summary)
    {
        static string Raw(IcalContentLine? p) => p is null ? "" : string.Join(';', p.Parameters.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")) + ":" + p.Value;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Raw(start)}|{end?.Name}{Raw(end)}|{summary}"));
        return "tianyuan-" + Convert.ToHexStringLower(hash)[..32];
    }
}
