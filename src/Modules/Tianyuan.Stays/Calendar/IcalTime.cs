namespace Tianyuan.Stays.Calendar;

using System.Globalization;

/// <summary>
/// A DATE or DATE-TIME value (RFC 5545 §3.3.4, §3.3.5) as written: a wall-clock time that is a plain date, UTC ("Z"),
/// in a named zone (TZID) or floating (no zone: the reader's local time, here the property's).
/// </summary>
readonly record struct IcalTime(DateTime Wall, bool IsDate, bool IsUtc, TimeZoneInfo? Zone)
{
    /// <summary>Parses "20261201" or "20261201T140000[Z]"; anything else (dashes, missing seconds) is refused.</summary>
    public static bool TryParse(string value, TimeZoneInfo? zone, out IcalTime time)
    {
        time = default;
        value = value.Trim();
        if (value.Length == 8 && DateTime.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            time = new IcalTime(date, true, false, null);
            return true;
        }

        var utc = value.EndsWith('Z') || value.EndsWith('z');
        var local = utc ? value[..^1] : value;
        if (local.Length != 15 || !DateTime.TryParseExact(local, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
            return false;
        time = new IcalTime(wall, false, utc, utc ? null : zone);
        return true;
    }

    /// <summary>The wall-clock time in <paramref name="property"/>'s zone; dates and floating times are taken as they are.</summary>
    public DateTime ToPropertyLocal(TimeZoneInfo property)
    {
        if (IsDate || (!IsUtc && Zone is null))
            return Wall;
        DateTime utc;
        if (IsUtc)
            utc = DateTime.SpecifyKind(Wall, DateTimeKind.Utc);
        else
        {
            // A time in the spring-forward gap does not exist; read it as the same time after the clocks moved.
            var wall = DateTime.SpecifyKind(Wall, DateTimeKind.Unspecified);
            if (Zone!.IsInvalidTime(wall))
                wall = wall.AddHours(1);
            utc = TimeZoneInfo.ConvertTimeToUtc(wall, Zone);
        }

        return DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, property), DateTimeKind.Unspecified);
    }

    /// <summary>
    /// A TZID as the system knows it: IANA ("Asia/Shanghai") or Windows ("China Standard Time"), with the optional
    /// leading "/" of globally unique ids dropped. VTIMEZONE definitions are not read; every real feed we saw names a
    /// zone the tz database has, and the database knows its rules better than a copied VTIMEZONE.
    /// </summary>
    public static TimeZoneInfo? FindZone(string tzid)
    {
        var id = tzid.Trim().TrimStart('/');
        if (id.Length == 0)
            return null;
        if (id.Equals("Z", StringComparison.OrdinalIgnoreCase) || id.Equals("GMT", StringComparison.OrdinalIgnoreCase))
            return TimeZoneInfo.Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    /// <summary>
    /// RFC 5545 §3.3.6 DURATION: [+|-]P then nW, or nD and/or T nH nM nS. Days are nominal (a calendar day), which is
    /// what adding to a wall-clock time gives.
    /// </summary>
    public static bool TryParseDuration(string value, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var s = value.Trim().ToUpperInvariant();
        var sign = 1;
        if (s.StartsWith('+') || s.StartsWith('-'))
        {
            sign = s[0] == '-' ? -1 : 1;
            s = s[1..];
        }

        if (s.Length < 3 || s[0] != 'P')
            return false;
        var inTime = false;
        var any = false;
        long number = -1;
        for (var i = 1; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                number = Math.Max(number, 0) * 10 + (c - '0');
                if (number > 1_000_000)
                    return false;
                continue;
            }

            if (c == 'T' && !inTime && number < 0)
            {
                inTime = true;
                continue;
            }

            if (number < 0)
                return false;
            switch (c, inTime)
            {
                case ('W', false): duration += TimeSpan.FromDays(7 * number); break;
                case ('D', false): duration += TimeSpan.FromDays(number); break;
                case ('H', true): duration += TimeSpan.FromHours(number); break;
                case ('M', true): duration += TimeSpan.FromMinutes(number); break;
                case ('S', true): duration += TimeSpan.FromSeconds(number); break;
                default: return false;
            }

            number = -1;
            any = true;
        }

        if (!any || number >= 0)
            return false;
        duration *= sign;
        return true;
    }
}
