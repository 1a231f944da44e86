namespace Tianyuan.Stays.Calendar;

using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

/// <summary>
/// RRULE expansion (RFC 5545 §3.3.10) borrowed from Ical.Net's evaluator: the file itself is read by
/// <see cref="IcalImport"/>, but BYDAY=1MO, BYSETPOS and friends are a rule engine not worth writing again.
/// </summary>
/// <remarks>
/// Occurrences are computed on the event's own wall clock as floating times, then each is placed in the property's zone
/// by the caller; a DST shift moves a nightly block by at most an hour, never by a day. Ical.Net throws on rules it
/// cannot read (ArgumentOutOfRangeException, FormatException) and, unless limited, can loop for ever on a rule that never
/// matches (FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30): both are caught here.
/// </remarks>
static class IcalRecurrence
{
    /// <summary>Enough for a daily closure over a three-year window; anything finer (HOURLY) is cut there.</summary>
    public const int MaxOccurrences = 1200;

    public static List<DateTime>? Expand(IcalTime start, string rule, DateTime from, DateTime to, out string? error, out bool cut)
    {
        error = null;
        cut = false;
        var starts = new List<DateTime>();
        try
        {
            var date = DateOnly.FromDateTime(start.Wall);
            var recurring = new CalendarEvent
            {
                DtStart = start.IsDate ? new CalDateTime(date) : new CalDateTime(date, TimeOnly.FromDateTime(start.Wall), null),
                RecurrenceRule = new RecurrencePattern(rule),
            };
            var options = new EvaluationOptions { MaxUnmatchedIncrementsLimit = 10_000 };
            var occurrences = recurring.GetOccurrences(new CalDateTime(DateOnly.FromDateTime(from)), options)
                .TakeWhileBefore(new CalDateTime(DateOnly.FromDateTime(to)));
            foreach (var occurrence in occurrences)
            {
                if (starts.Count == MaxOccurrences)
                {
                    cut = true;
                    break;
                }

                var s = occurrence.Period.StartTime;
                starts.Add(s.Date.ToDateTime(s.Time ?? TimeOnly.MinValue));
            }

            return starts;
        }
        catch (EvaluationException)
        {
            // The evaluator gives up on a rule that stops matching (BYMONTHDAY=30 in February, or too many increments
            // without a match); what it found before then still stands, and a rule that never matches blocks nothing.
            return starts;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            error = e.Message;
            return null;
        }
    }
}
