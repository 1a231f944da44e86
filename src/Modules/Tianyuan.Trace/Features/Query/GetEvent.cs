namespace Tianyuan.Trace.Features.Query;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Epcis;

/// <summary>
/// GET /epcis/events/{eventID} (URL-encoded; an Event Hash ID works too): the event as JSON-LD, or 404. Partners do
/// reuse eventIDs, so when several events share one the first recorded is served.
/// </summary>
static class GetEvent
{
    public static void Map(IEndpointRouteBuilder epcis) =>
        epcis.MapGet("/events/{**eventId}", Handle)
            .AllowAnonymous()
            .WithName(nameof(GetEvent))
            .ProducesProblem(StatusCodes.Status404NotFound);

    static async Task<IResult> Handle(string eventId, TraceDb db, CancellationToken ct)
    {
        var id = Uri.UnescapeDataString(eventId);
        var json = await db.Events.AsNoTracking()
            .Where(e => e.EventId == id || e.HashId == id)
            .OrderBy(e => e.RecordTime).ThenBy(e => e.HashId)
            .Select(e => e.Json)
            .FirstOrDefaultAsync(ct);
        return json is null ? EpcisProblems.NotFound($"No event with eventID '{id}'.") : Results.Json(EventJson.Standalone(json));
    }
}
