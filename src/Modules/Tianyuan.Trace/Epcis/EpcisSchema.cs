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

    static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    static readonly EvaluationOptions ValidOnly = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    /// <summary>Every rule broken, each with the JSON pointer it was found at and, inside an event, that event's index.</summary>
    public static IReadOnlyList<CaptureError> Check(JsonElement document)
    {
        // Nearly every document is valid and plain: the shortcut proves most of them valid without the validator; the
        // flag-only pass builds no per-keyword details and stops at the first failure, so only a refused document pays
        // for the second pass that lists every message.
        if (SchemaShortcut.ProvesValid(document) || Schema.Value.Evaluate(document, ValidOnly).IsValid)
            return [];
        var broken = new List<(string Pointer, string Message)>();
        CollectCauses(Schema.Value.Evaluate(document, Options), broken);
        var errors = broken
            .Distinct()
            .Select(e => new CaptureError(EventIndex(e.Pointer), e.Pointer, $"{(e.Pointer.Length == 0 ? "document" : e.Pointer)}: {e.Message}"))
            .ToList();
        return [.. errors.GroupBy(e => e.EventIndex).SelectMany(g => g.Take(MessagesPerEvent))];
    }

    /// <summary>
    /// The messages of the rules that made the document fail. The full result also holds rules that failed without
    /// failing the document: an "if" that did not match (an ObjectEvent is not an AggregationEvent) and the other
    /// branches of an anyOf that one branch satisfied. Listing those buried the real reason ("eventTime is missing")
    /// under noise, so only failed nodes are followed, "if" results are never reported, and a branch of an anyOf or
    /// oneOf only counts when no branch beside it passed (a oneOf that several passed says so on its own node).
    /// </summary>
    static void CollectCauses(EvaluationResults node, List<(string Pointer, string Message)> broken)
    {
        if (node.Errors is { Count: > 0 })
            broken.AddRange(node.Errors.Select(e => (node.InstanceLocation.ToString(), e.Value)));
        var children = node.Details ?? [];
        var satisfiedChoices = children.Where(c => c.IsValid).Select(c => ChoiceOf(c.EvaluationPath.ToString())).OfType<string>().ToHashSet();
        foreach (var child in children)
        {
            var path = child.EvaluationPath.ToString();
            if (child.IsValid || path.EndsWith("/if", StringComparison.Ordinal) || ChoiceOf(path) is { } choice && satisfiedChoices.Contains(choice))
                continue;
            CollectCauses(child, broken);
        }
    }

    /// <summary>For a branch of an anyOf or oneOf (…/anyOf/1), the combinator's path (…/anyOf); otherwise null.</summary>
    static string? ChoiceOf(string evaluationPath) =>
        ChoiceBranch().Match(evaluationPath) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^(.*/(?:anyOf|oneOf))/\d+$")]
    private static partial Regex ChoiceBranch();

    static int? EventIndex(string pointer) =>
        EventPointer().Match(pointer) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"/eventList/(\d+)")]
    private static partial Regex EventPointer();
}
