namespace Tianyuan.Trace.Epcis;

using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Tianyuan.Trace.Domain;

/// <summary>
/// Validates a capture document against the EPCIS 2.0 rules in Epcis/Schema/epcis-json-schema.json (embedded), with
/// formats asserted: a JSON Schema validator only checks date-time and uri when told to, and "22-07-2026" is not a time.
/// </summary>
static partial class EpcisSchema
{
    /// <summary>More than this many messages per event is noise (anyOf branches repeat one mistake).</summary>
    const int MessagesPerEvent = 8;

    static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(EpcisSchema).Assembly.GetManifestResourceStream("Tianyuan.Trace.epcis-json-schema.json")
            ?? throw new InvalidOperationException("The EPCIS JSON schema is not embedded in the Trace assembly.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    });

    static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    static readonly EvaluationOptions ValidOnly = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    /// <summary>Every rule broken, each with the JSON pointer it was found at and, inside an event, that event's index.</summary>
    public static IReadOnlyList<CaptureError> Check(JsonElement document)
    {
        // Nearly every document is valid and plain: the shortcut proves most of them valid without the validator; the
        // flag-only pass builds no per-keyword details and stops at the first failure, so only a refused document pays
        // for the second pass that lists every message.
        if (SchemaShortcut.ProvesValid(document) || Schema.Value.Evaluate(document, ValidOnly).IsValid)
            return [];
        var results = Schema.Value.Evaluate(document, Options);
        var errors = results.Details
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (Pointer: d.InstanceLocation.ToString(), Message: e.Value)))
            .Distinct()
            .Select(e => new CaptureError(EventIndex(e.Pointer), e.Pointer, $"{(e.Pointer.Length == 0 ? "document" : e.Pointer)}: {e.Message}"))
            .ToList();
        return [.. errors.GroupBy(e => e.EventIndex).SelectMany(g => g.Take(MessagesPerEvent))];
    }

    static int? EventIndex(string pointer) =>
        EventPointer().Match(pointer) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"/eventList/(\d+)")]
    private static partial Regex EventPointer();
}
