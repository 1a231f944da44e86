namespace Tianyuan.Trace.Features.Capture;

using System.Security.Claims;
using Tianyuan.Kernel.Access;
using Tianyuan.Trace.Epcis;

/// <summary>
/// POST /epcis/events: one event → 201 Created with Location /epcis/events/{eventID}; the same event captured before
/// → 200 with the Location of the stored one. It is validated and stored exactly as a one-event capture document.
/// </summary>
static class CaptureEvent
{
    public sealed record Response(string EventID, string EventHashID, string CaptureID);

    public static void Map(IEndpointRouteBuilder epcis) =>
        epcis.MapPost("/events", Handle)
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName(nameof(CaptureEvent))
            .WithSummary("Captures a single EPCIS event.")
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    static async Task<IResult> Handle(HttpRequest request, ClaimsPrincipal user, CaptureProcessor processor, EpcisSettings settings, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await EpcisRequest.ReadJsonAsync(request, settings, ct);
        if (body is null)
            return problem!;
        using (body)
        {
            using var wrapped = EpcisDocument.Wrap(body.RootElement, clock.GetUtcNow());
            var result = await processor.RunAsync(EpcisDocument.Of(wrapped.RootElement), CaptureProcessor.Rollback, user.UserId(), ct);
            if (result.Job is null || result.Errors.Count > 0)
                return EpcisProblems.Invalid(result.Errors, result.Job?.Id);
            var stored = result.Events[0];
            var location = "/epcis/events/" + Uri.EscapeDataString(stored.EventId);
            var response = new Response(stored.EventId, stored.HashId, result.Job.Id.ToString());
            return result.Job.StoredCount == 1 ? Results.Created(location, response) : new Existing(location, response);
        }
    }

    /// <summary>200 OK that still says where the event lives.</summary>
    sealed class Existing(string location, Response response) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return Results.Ok(response).ExecuteAsync(httpContext);
        }
    }
}
