namespace Tianyuan.Trace.Features.Record;

using System.Globalization;
using System.Text.Json.Nodes;
using Tianyuan.Trace.Contracts;

/// <summary>
/// A field's day of sensor readings (<see cref="ITraceRecords.RecordFieldDayAsync"/>): ObjectEvent OBSERVE on the field,
/// CBV 2.0 bizStep sensor_reporting, one sensorReport per quantity with minValue, maxValue and meanValue over the day
/// (sensorMetadata startTime/endTime bound it). The eventID is the field and the day, so a day is recorded once.
/// </summary>
static class FieldDayEvent
{
    /// <summary>Measurement types as EPCIS writes them: GS1's where GS1 has one, Tianyuan's own (ty:) otherwise.</summary>
    static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [TraceSensorRange.Temperature] = "gs1:MT-Temperature",
        [TraceSensorRange.RelativeHumidity] = "gs1:MT-RelativeHumidity",
        [TraceSensorRange.SoilMoisture] = "ty:SoilMoisture",
    };

    public static string EventId(string field, DateOnly day) =>
        $"{RecordFields.Voc}field-day/{Uri.EscapeDataString(field)}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static (JsonObject? Event, RecordFields Fields) Build(TraceFieldDay d)
    {
        var f = new RecordFields();
        if (string.IsNullOrWhiteSpace(d.Field) || d.Field.Length > FieldOperationEvent.MaxReference)
            f.Fail(nameof(d.Field), "ErrorFieldId", FieldOperationEvent.MaxReference);
        var readings = d.Readings ?? [];
        if (readings.Count == 0)
            f.Fail(nameof(d.Readings), "ErrorReadingsNone");
        foreach (var (r, i) in readings.Select((r, i) => (r, i)))
        {
            if (!Types.ContainsKey(r.Type))
                f.Fail($"{nameof(d.Readings)}[{i}].{nameof(r.Type)}", "ErrorReadingType", string.Join(", ", TraceSensorRange.Types));
            if (r.Unit is not ("CEL" or "P1"))
                f.Fail($"{nameof(d.Readings)}[{i}].{nameof(r.Unit)}", "ErrorReadingUnit");
            if (r.Min > r.Mean || r.Mean > r.Max || r.Count < 1)
                f.Fail($"{nameof(d.Readings)}[{i}]", "ErrorReadingOrder");
        }

        if (!f.Ok)
            return (null, f);
        var start = new DateTimeOffset(d.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var end = start.AddDays(1).AddSeconds(-1);
        var field = TraceFields.Location(d.Field);
        var e = RecordFields.Event("ObjectEvent", "OBSERVE", end, "sensor_reporting", field);
        e["eventID"] = EventId(d.Field, d.Day);
        e["epcList"] = new JsonArray(field);
        e["sensorElementList"] = new JsonArray(new JsonObject
        {
            ["sensorMetadata"] = new JsonObject { ["startTime"] = Time(start), ["endTime"] = Time(end) },
            ["sensorReport"] = new JsonArray([.. readings.Select(r => (JsonNode)new JsonObject
            {
                ["type"] = Types[r.Type], ["uom"] = r.Unit,
                ["minValue"] = Math.Round(r.Min, 1), ["maxValue"] = Math.Round(r.Max, 1), ["meanValue"] = Math.Round(r.Mean, 1),
            })]),
        });
        return (e, f);
    }

    static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
