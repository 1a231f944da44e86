namespace Tianyuan.Trace.Features.Record;

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Gs1;

/// <summary>
/// What the recording steps share: reading the GS1 keys a farmer types (problems keyed by the request's field names,
/// so the form shows them next to the field and the API names the field), China-time event times, and the event
/// skeleton every step fills in. A problem is a TraceText resource key with its arguments, put into words only at
/// the edge (<see cref="Messages"/>), so the farmer reads it in the page's language.
/// </summary>
sealed class RecordFields
{
    public const string Voc = "https://tianyuan.example/voc/";
    public const int MaxLot = 20;

    /// <summary>One problem with a field: a TraceText key and the values its text takes.</summary>
    public sealed record Problem(string Key, object[] Args);

    public Dictionary<string, Problem> Errors { get; } = [];

    public bool Ok => Errors.Count == 0;

    public void Fail(string field, string key, params object[] args) => Errors.TryAdd(field, new Problem(key, args));

    /// <summary>The problems in words, field by field, as the page shows them and the API's ProblemDetails carries them.</summary>
    public Dictionary<string, string[]> Messages(IStringLocalizer t) =>
        Errors.ToDictionary(e => e.Key, e => new[] { t[e.Value.Key, e.Value.Args].Value });

    public string Gtin(string field, string? value)
    {
        var parsed = Gs1.Gtin.Parse(value);
        if (parsed.Ok)
            return parsed.Value.Value;
        if (string.IsNullOrWhiteSpace(value))
            Fail(field, "ErrorGtinRequired");
        else
            Gs1Problem(field, parsed.Kind, (value ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), null);
        return "";
    }

    public string Lot(string field, string? value) => Attribute(field, value, "ErrorLotLength");

    public string Serial(string field, string? value) => Attribute(field, value, "ErrorSerialLength");

    /// <summary>A lot or serial: both are 1 to 20 characters of GS1 character set 82.</summary>
    string Attribute(string field, string? value, string lengthKey)
    {
        var text = (value ?? "").Trim();
        if (text.Length is 0 or > MaxLot)
            Fail(field, lengthKey, MaxLot);
        else if (text.FirstOrDefault(c => !CharacterSet82.Contains(c)) is var c and not '\0')
            Fail(field, "Gs1Characters", c);
        return text;
    }

    public string Sscc(string field, string? value)
    {
        var parsed = Gs1.Sscc.Parse(value);
        if (parsed.Ok)
            return parsed.Value.Value;
        Gs1Problem(field, parsed.Kind, (value ?? "").Trim(), 18);
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
        Gs1Problem(field, parsed.Kind, (value ?? "").Trim(), 13);
        return null;
    }

    /// <summary>
    /// A GS1 key the parser refused, said by the kind of mistake rather than the parser's English sentence; a wrong check
    /// digit names the right one, since that is usually a typo the farmer can fix at once.
    /// </summary>
    void Gs1Problem(string field, ParseProblem kind, string digits, int? length)
    {
        switch (kind)
        {
            case ParseProblem.Length when length is null:
                Fail(field, "Gs1GtinLength", digits.Length);
                break;
            case ParseProblem.Length:
                Fail(field, "Gs1Length", length, digits.Length);
                break;
            case ParseProblem.NotDigits:
                Fail(field, "Gs1NotDigits");
                break;
            case ParseProblem.CheckDigit:
                Fail(field, "Gs1CheckDigit", CheckDigit.Compute(digits.AsSpan(0, digits.Length - 1)), digits[^1]);
                break;
            default:
                Fail(field, "Gs1Invalid");
                break;
        }
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
            Fail("minTemperature", "ErrorTemperatureRange");
        if (max is < -80 or > 80)
            Fail("maxTemperature", "ErrorTemperatureRange");
        if (min > max)
            Fail("maxTemperature", "ErrorTemperatureOrder");
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
