namespace Tianyuan.Trace.Epcis;

using System.Text.Json;
using Tianyuan.Trace.Domain;

/// <summary>
/// What a JSON schema cannot say about an event that passed it: every GS1 identifier it names (EPC URN or Digital
/// Link) must be a real key, check digit included, so a mistyped serial does not become an untraceable record.
/// </summary>
static class EventChecks
{
    public static IEnumerable<CaptureError> Check(JsonElement @event, int index, string eventPointer) =>
        EventFields.Identifiers(@event)
            .Select(x => (x.Pointer, Problem: Identifiers.Problem(x.Value), x.Value))
            .Where(x => x.Problem is not null)
            .Select(x => new CaptureError(index, eventPointer + x.Pointer, $"{eventPointer + x.Pointer}: '{x.Value}' is not a valid GS1 identifier: {x.Problem}."));
}
