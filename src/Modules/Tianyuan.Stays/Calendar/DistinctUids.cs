namespace Tianyuan.Stays.Calendar;

using System.Globalization;

/// <summary>
/// Makes Uids unique within one feed, since blocks are stored and diffed by Uid. Some OTAs repeat an event, or give
/// every event one Uid. Exact repeats collapse to one; ranges that share a Uid but not their dates stay distinct as
/// "uid/yyyyMMdd" (the start date, as a recurrence's occurrences are named), and two that start the same night are
/// merged to the longer one: a double booking costs a host more than a night unsold.
/// </summary>
static class DistinctUids
{
    public static List<BlockedRange> Apply(IEnumerable<BlockedRange> ranges)
    {
        var result = new List<BlockedRange>();
        foreach (var group in ranges.GroupBy(r => r.Uid, StringComparer.Ordinal))
        {
            var distinct = group.DistinctBy(r => (r.Start, r.End)).ToList();
            if (distinct.Count == 1)
            {
                result.Add(distinct[0]);
                continue;
            }

            foreach (var sameStart in distinct.GroupBy(r => r.Start))
            {
                var longest = sameStart.MaxBy(r => r.End)!;
                result.Add(longest with { Uid = OccurrenceUid(group.Key, sameStart.Key) });
            }
        }

        return result;
    }

    public static string OccurrenceUid(string uid, DateOnly start) => $"{uid}/{start.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
}
