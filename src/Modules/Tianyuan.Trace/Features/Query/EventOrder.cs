namespace Tianyuan.Trace.Features.Query;

using Tianyuan.Trace.Domain;

/// <summary>
/// Query order: eventTime or recordTime, ascending or descending, ties broken by the hash ID so every event has one
/// place in the sequence; and the keyset step that continues that sequence after a page token.
/// </summary>
static class EventOrder
{
    public static IQueryable<EpcisEvent> Sort(IQueryable<EpcisEvent> q, EventQuery query) => (query.ByRecordTime, query.Descending) switch
    {
        (false, false) => q.OrderBy(e => e.EventTime).ThenBy(e => e.HashId),
        (false, true) => q.OrderByDescending(e => e.EventTime).ThenByDescending(e => e.HashId),
        (true, false) => q.OrderBy(e => e.RecordTime).ThenBy(e => e.HashId),
        (true, true) => q.OrderByDescending(e => e.RecordTime).ThenByDescending(e => e.HashId),
    };

    public static IQueryable<EpcisEvent> After(IQueryable<EpcisEvent> q, EventQuery query, PageToken token)
    {
        var (t, h) = (token.Time, token.HashId);
        return (query.ByRecordTime, query.Descending) switch
        {
            (false, false) => q.Where(e => e.EventTime > t || (e.EventTime == t && string.Compare(e.HashId, h) > 0)),
            (false, true) => q.Where(e => e.EventTime < t || (e.EventTime == t && string.Compare(e.HashId, h) < 0)),
            (true, false) => q.Where(e => e.RecordTime > t || (e.RecordTime == t && string.Compare(e.HashId, h) > 0)),
            (true, true) => q.Where(e => e.RecordTime < t || (e.RecordTime == t && string.Compare(e.HashId, h) < 0)),
        };
    }
}
