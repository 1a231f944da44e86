namespace Tianyuan.Trace.Features.Record;

using System.Globalization;
using System.Text.Json.Nodes;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Gs1;

/// <summary>
/// What the recording steps share: reading the GS1 keys a farmer types (messages keyed by the request's field
/// names, so the form shows them next to the field and the API names the field), China-time event times, and the
/// event skeleton every step fills in.
/// </summary>
sealed class RecordFields
{
    public const string Voc = "https://tianyuan.example/voc/";
    public const int MaxLot = 20;

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool Ok => Errors.Count == 0;

    public void Fail(string field, string message) => Errors.TryAdd(field, [message]);

    public string Gtin(string field, string? value)
    {
        var parsed = Gs1.Gtin.Parse(value);
        if (parsed.Ok)
            return parsed.Value.Value;
        Fail(field, string.IsNullOrWhiteSpace(value) ? "GTIN is required." : parsed.Error + ".");
        return "";
    }

    public string Lot(string field, string? value) => Attribute(field, value, "lot", "GS1 AI 10");

    public string Serial(string field, string? value) => Attribute(field, value, "serial", "GS1 AI 21");

    /// <summary>A lot or serial: both are 1 to 20 characters of GS1 character set 82.</summary>
    string Attribute(string field, string? value, string what, string ai)
    {
        var text = (value ?? "").Trim();
        if (text.Length is 0 or > MaxLot)
            Fail(field, $"{what} is 1 to {MaxLot} characters ({ai}).");
        else if (CharacterSet82.Problem(text, what) is { } problem)
            Fail(field, problem + ".");
        return text;
    }

    public string Sscc(string field, string? value)
    {
        var parsed = Gs1.Sscc.Parse(value);
        if (parsed.Ok)
            return parsed.Value.Value;
        Fail(field, parsed.Error + ".");
        return "";
    }

    /// <summary>A GLN as a location Digital Link; null when none was typed and it is optional.</summary>
    public string? Location(string field, string? value, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value) && !required)
            return null;
        var parsed = Gln.Parse(value);
        if (parsed.Ok)
            return $"{DigitalLink.CanonicalBase}/414/{parsed.Value.Value}";
        Fail(field, parsed.Error + ".");
        return null;
    }

    public static string LotClass(string gtin, string lot) => $"{DigitalLink.CanonicalBase}/01/{gtin}/10/{CharacterSet82.ForDigitalLink(lot)}";

    /// <summary>The event's time in China time (+08:00): the given local time, or now.</summary>
    public static DateTimeOffset ChinaTime(DateTime? local, DateTimeOffset now) =>
        local is { } l ? new DateTimeOffset(DateTime.SpecifyKind(l, DateTimeKind.Unspecified), TimeSpan.FromHours(8)) : now.ToOffset(TimeSpan.FromHours(8));

    public static JsonObject Event(string type, string? action, DateTimeOffset at, string bizStep, string? location)
    {
        var e = new JsonObject
        {
            ["type"] = type,
            ["eventTime"] = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["eventTimeZoneOffset"] = "+08:00",
        };
        if (action is not null)
            e["action"] = action;
        e["bizStep"] = bizStep;
        if (location is not null)
        {
            e["readPoint"] = new JsonObject { ["id"] = location };
            e["bizLocation"] = new JsonObject { ["id"] = location };
        }

        return e;
    }

    /// <summary>
    /// A cold-chain temperature range (°C, −80…80, lowest not above highest) checked under the request's field names;
    /// as an EPCIS 2.0 sensorElementList with one Temperature report (null when neither end was given).
    /// </summary>
    public JsonArray? Temperatures(decimal? min, decimal? max)
    {
        if (min is < -80 or > 80)
            Fail("minTemperature", "temperature is between -80 and 80 °C.");
        if (max is < -80 or > 80)
            Fail("maxTemperature", "temperature is between -80 and 80 °C.");
        if (min > max)
            Fail("maxTemperature", "the highest temperature is not below the lowest.");
        if (min is null && max is null)
            return null;
        var report = new JsonObject { ["type"] = "Temperature", ["uom"] = "CEL" };
        if (min is { } low)
            report["minValue"] = low;
        if (max is { } high)
            report["maxValue"] = high;
        return new JsonArray(new JsonObject { ["sensorReport"] = new JsonArray(report) });
    }
}
