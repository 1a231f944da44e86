namespace Tianyuan.Trace.Features.Capture;

using System.Security.Claims;
using Tianyuan.Kernel.Access;
using Tianyuan.Trace.Epcis;

/// <summary>
/// POST /epcis/capture: an EPCISDocument (JSON or JSON-LD) → 202 Accepted with Location /epcis/capture/{id}. Capture
/// runs inside the request, so the job is already finished when the 202 arrives. With the default
/// GS1-Capture-Error-Behaviour rollback, one invalid event refuses the whole document (400, nothing stored, the
/// failed job recorded); with proceed the valid events are stored, the job lists the refused ones, and the answer is 202.
/// </summary>
static class CaptureDocument
{
    public static void Map(IEndpointRouteBuilder epcis) =>
        epcis.MapPost("/capture", Handle)
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName(nameof(CaptureDocument))
            .WithSummary("Captures an EPCIS 2.0 document (JSON, JSON-LD or XML).")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    static async Task<IResult> Handle(HttpRequest request, ClaimsPrincipal user, CaptureProcessor processor, EpcisSettings settings, CancellationToken ct)
    {
        if (EpcisRequest.ErrorBehaviour(request) is not { } behaviour)
            return EpcisProblems.Invalid($"{EpcisRequest.ErrorBehaviourHeader} must be rollback or proceed.");
        var (body, problem) = await EpcisRequest.ReadJsonAsync(request, settings, ct);
        if (body is null)
            return problem!;
        using (body)
        {
            var document = EpcisDocument.Of(body.RootElement);
            if (document.Events.Count > settings.CaptureLimit)
                return EpcisProblems.TooLarge($"The document holds {document.Events.Count} events; this repository captures at most {settings.CaptureLimit} at once (GS1-EPCIS-Capture-Limit).");
            var result = await processor.RunAsync(document, behaviour, user.UserId(), ct);
            if (result.Job is null || (result.Errors.Count > 0 && behaviour == CaptureProcessor.Rollback))
                return EpcisProblems.Invalid(result.Errors, result.Job?.Id);
            return Results.Accepted($"/epcis/capture/{result.Job.Id}", GetCaptureJob.Describe(result.Job));
        }
    }
}
