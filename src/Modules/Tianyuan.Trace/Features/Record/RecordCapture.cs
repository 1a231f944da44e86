namespace Tianyuan.Trace.Features.Record;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Features.Capture;

/// <summary>
/// Stores one event built in code (the recording steps, the Trace contract) as a one-event capture document, so it is
/// validated, hashed, deduplicated and logged exactly like an event POSTed to /epcis/events. The document declares the
/// ty: prefix the builders use for Tianyuan's own fields.
/// </summary>
static class RecordCapture
{
    /// <summary>The stored (or already present) event, or null with the capture errors.</summary>
    public static async Task<(EpcisEvent? Stored, IReadOnlyList<string> Errors)> CaptureAsync(
        JsonObject @event, Guid? capturedBy, CaptureProcessor processor, TimeProvider clock, CancellationToken ct)
    {
        var document = new JsonObject
        {
            ["@context"] = new JsonArray(EpcisDocument.StandardContext, new JsonObject { ["ty"] = RecordFields.Voc }),
            ["type"] = "EPCISDocument",
            ["schemaVersion"] = "2.0",
            ["creationDate"] = clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["epcisBody"] = new JsonObject { ["eventList"] = new JsonArray(@event) },
        };
        using var json = JsonDocument.Parse(document.ToJsonString());
        var result = await processor.RunAsync(EpcisDocument.Of(json.RootElement), CaptureProcessor.Rollback, capturedBy, ct);
        return result.Job is null || result.Errors.Count > 0 ? (null, [.. result.Errors.Select(e => e.Detail)]) : (result.Events[0], []);
    }
}
