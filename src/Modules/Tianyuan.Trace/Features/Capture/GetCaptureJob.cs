namespace Tianyuan.Trace.Features.Capture;

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Epcis;

/// <summary>GET /epcis/capture/{captureID}: the job's state, as the EPCIS REST binding describes it, plus counts.</summary>
static class GetCaptureJob
{
    public sealed record Response(
        string CaptureID, bool Running, bool Success, string CaptureErrorBehaviour, IReadOnlyList<CaptureError> Errors,
        int EventCount, int StoredCount, int DuplicateCount, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);

    public static void Map(IEndpointRouteBuilder epcis) =>
        epcis.MapGet("/capture/{captureId}", Handle)
            .RequireAuthorization(Policies.EpcisCapture)
            .WithName(nameof(GetCaptureJob))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    static async Task<IResult> Handle(string captureId, TraceDb db, CancellationToken ct)
    {
        var job = Guid.TryParse(captureId, out var id) ? await db.CaptureJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct) : null;
        return job is null ? EpcisProblems.NotFound($"No capture job '{captureId}'.") : Results.Ok(Describe(job));
    }

    public static Response Describe(CaptureJob job) => new(
        job.Id.ToString(), job.Running, job.Success, job.ErrorBehaviour,
        job.ErrorsJson is null ? [] : JsonSerializer.Deserialize<List<CaptureError>>(job.ErrorsJson, JsonSerializerOptions.Web) ?? [],
        job.EventCount, job.StoredCount, job.DuplicateCount, job.CreatedAt, job.FinishedAt);
}
