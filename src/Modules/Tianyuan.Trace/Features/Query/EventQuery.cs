namespace Tianyuan.Trace.Features.Query;

using System.Globalization;
using Microsoft.Extensions.Primitives;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Epcis;

/// <summary>
/// The SimpleEventQuery parameters of the EPCIS REST binding, read from a query string: values separated by '|'
/// (or repeated parameters) are alternatives; identifiers and bizStep/disposition values are compared in their
/// canonical forms, so a URN finds an event captured with a Digital Link and "shipping" finds the CBV URI.
/// EPC patterns (urn:epc:idpat:...) are not supported: MATCH_ parameters compare whole identifiers.
/// </summary>
sealed class EventQuery
{
    public const int DefaultPerPage = 30;
    public const int MaxPerPage = 500;

    /// <summary>MATCH_ parameter → the event fields it looks in.</summary>
    static readonly Dictionary<string, string[]> Matches = new()
    {
        ["MATCH_epc"] = ["epcList", "childEPCs"],
        ["MATCH_parentID"] = ["parentID"],
        ["MATCH_inputEPC"] = ["inputEPCList"],
        ["MATCH_outputEPC"] = ["outputEPCList"],
        ["MATCH_anyEPC"] = ["epcList", "childEPCs", "inputEPCList", "outputEPCList", "parentID"],
        ["MATCH_epcClass"] = ["quantityList", "childQuantityList"],
    };

    static readonly string[] Plain =
    [
        "eventType", "GE_eventTime", "LT_eventTime", "GE_recordTime", "LT_recordTime", "EQ_action", "EQ_bizStep",
        "EQ_disposition", "EQ_readPoint", "EQ_bizLocation", "eventCountLimit", "perPage", "nextPageToken", "orderBy", "orderDirection",
    ];

    readonly List<Func<IQueryable<EpcisEvent>, TraceDb, IQueryable<EpcisEvent>>> filters = [];

    public bool ByRecordTime { get; private set; }

    public bool Descending { get; private set; } = true;

    public int PerPage { get; private set; } = DefaultPerPage;

    public int? CountLimit { get; private set; }

    public PageToken? After { get; private set; }

    /// <summary>Reads the query string; the error names the parameter and what is wrong with it.</summary>
    public static (EventQuery? Query, string? Error) Parse(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var query = new EventQuery();
        foreach (var (name, raw) in parameters)
        {
            var values = raw.SelectMany(v => (v ?? "").Split('|')).Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
            if (!Plain.Contains(name, StringComparer.Ordinal) && !Matches.ContainsKey(name))
                return (null, $"Unknown query parameter '{name}'. SimpleEventQuery parameters here: {string.Join(", ", Plain.Concat(Matches.Keys))}.");
            if (values.Length == 0)
                return (null, $"Query parameter '{name}' has no value.");
            if (query.Add(name, values) is { } error)
                return (null, $"{name}: {error}");
        }

        return (query, null);
    }

    public IQueryable<EpcisEvent> Apply(IQueryable<EpcisEvent> events, TraceDb db) =>
        filters.Aggregate(events, (q, f) => f(q, db));

    string? Add(string name, string[] values)
    {
        if (Matches.TryGetValue(name, out var roles))
        {
            var epcs = values.Select(Identifiers.Canonical).ToArray();
            // Written as "Id IN (SELECT EventId ... WHERE Epc IN ...)" so SQLite starts from the EPC index; the EXISTS form made it
            // walk every event (2.3 s at 278k events, docs/benchmarks.md). PostgreSQL plans both the same.
            filters.Add((q, db) => q.Where(e => db.EventEpcs.Where(x => roles.Contains(x.Role) && epcs.Contains(x.Epc)).Select(x => x.EventId).Contains(e.Id)));
            return null;
        }

        switch (name)
        {
            case "eventType":
                filters.Add((q, _) => q.Where(e => values.Contains(e.Type)));
                return null;
            case "EQ_action":
                filters.Add((q, _) => q.Where(e => e.Action != null && values.Contains(e.Action)));
                return null;
            case "EQ_bizStep":
                var steps = values.Select(v => Vocabulary.BizStep(v)).ToArray();
                filters.Add((q, _) => q.Where(e => e.BizStep != null && steps.Contains(e.BizStep)));
                return null;
            case "EQ_disposition":
                var dispositions = values.Select(v => Vocabulary.Disposition(v)).ToArray();
                filters.Add((q, _) => q.Where(e => e.Disposition != null && dispositions.Contains(e.Disposition)));
                return null;
            case "EQ_readPoint":
                var points = values.Select(Identifiers.Canonical).ToArray();
                filters.Add((q, _) => q.Where(e => e.ReadPoint != null && points.Contains(e.ReadPoint)));
                return null;
            case "EQ_bizLocation":
                var locations = values.Select(Identifiers.Canonical).ToArray();
                filters.Add((q, _) => q.Where(e => e.BizLocation != null && locations.Contains(e.BizLocation)));
                return null;
            case "GE_eventTime" or "LT_eventTime" or "GE_recordTime" or "LT_recordTime":
                return AddTime(name, values);
            default:
                return Control(name, values);
        }
    }

    string? AddTime(string name, string[] values)
    {
        if (values.Length != 1 || !DateTimeOffset.TryParse(values[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || !values[0].Contains('T', StringComparison.Ordinal))
            return "give one ISO 8601 date-time with offset, e.g. 2026-07-22T06:45:00+08:00.";
        var t = parsed.ToUniversalTime();
        filters.Add(name switch
        {
            "GE_eventTime" => (q, _) => q.Where(e => e.EventTime >= t),
            "LT_eventTime" => (q, _) => q.Where(e => e.EventTime < t),
            "GE_recordTime" => (q, _) => q.Where(e => e.RecordTime >= t),
            _ => (q, _) => q.Where(e => e.RecordTime < t),
        });
        return null;
    }

    /// <summary>Ordering, page size, count limit and page token.</summary>
    string? Control(string name, string[] values)
    {
        var value = values[0];
        switch (name)
        {
            case "orderBy" when value is "eventTime" or "recordTime":
                ByRecordTime = value == "recordTime";
                return null;
            case "orderBy":
                return "order by eventTime or recordTime.";
            case "orderDirection" when value is "ASC" or "DESC":
                Descending = value == "DESC";
                return null;
            case "orderDirection":
                return "ASC or DESC.";
            case "perPage" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxPerPage:
                PerPage = n;
                return null;
            case "perPage":
                return $"a whole number from 1 to {MaxPerPage}.";
            case "eventCountLimit" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 1:
                CountLimit = n;
                return null;
            case "eventCountLimit":
                return "a whole number of 1 or more.";
            default:
                After = PageToken.Read(value);
                return After is null ? "not a page token this repository issued (take nextPageToken from the Link header)." : null;
        }
    }
}
