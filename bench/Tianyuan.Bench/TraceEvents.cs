namespace Tianyuan.Bench;

using System.Globalization;
using System.Text;

/// <summary>
/// Synthetic EPCIS events for the trace benchmark. Event number i is an ObjectEvent OBSERVE of SGTIN serial i / 3
/// (so each box has three events, as harvest, pack and ship) at <see cref="Start"/> + 10 s × i (China time), so no two
/// events share a hash ID and a 1-hour window holds 360 of them.
/// </summary>
static class TraceEvents
{
    public const int EventsPerEpc = 3;
    public const int SecondsApart = 10;

    public static readonly DateTimeOffset Start = new(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(8));

    public static string Epc(long serial) => $"urn:epc:id:sgtin:9521141.012345.{serial}";

    public static DateTimeOffset Time(long i) => Start.AddSeconds(SecondsApart * i);

    public static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>An EPCISDocument holding events first .. first + count - 1.</summary>
    public static string Document(long first, int count)
    {
        var json = new StringBuilder(300 + count * 330);
        json.Append("""{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-01-01T00:00:00Z","epcisBody":{"eventList":[""");
        for (var i = first; i < first + count; i++)
        {
            if (i > first)
                json.Append(',');
            json.Append("""{"type":"ObjectEvent","eventTime":""").Append('"').Append(Time(Time(i))).Append('"')
                .Append(""","eventTimeZoneOffset":"+08:00","action":"OBSERVE","bizStep":"shipping","disposition":"in_transit","readPoint":{"id":"urn:epc:id:sgln:9521141.00001.0"},"epcList":[""")
                .Append('"').Append(Epc(i / EventsPerEpc)).Append("\"]}");
        }

        return json.Append("]}}").ToString();
    }
}
