namespace Tianyuan.Farm.Features.Snapshots;

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Imaging;

/// <summary>
/// POST /api/farm/plots/{plotId}/snapshots (multipart: file): the farmer adds a photo of the plot from the farm page,
/// for farms without a camera or a view the camera does not have. Same checks as a camera's (415 / 413 / 422); a plot
/// of a farm the user does not manage is 404.
/// </summary>
static class UploadPlotSnapshot
{
    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/plots/{plotId:guid}/snapshots", async (Guid plotId, IFormFile? file, ClaimsPrincipal user, FarmDb db,
                IStringLocalizer<FarmText> t, TimeProvider clock, CancellationToken ct) =>
            {
                var plot = await db.Plots.AsNoTracking().FirstOrDefaultAsync(p => p.Id == plotId, ct);
                var owner = plot is null ? null : await db.Farms.AsNoTracking().FirstAsync(f => f.Id == plot.FarmId, ct);
                if (plot is null || owner is null || !FarmAccess.MayManage(user, owner))
                    return Problems.NotFound("plot", plotId);
                if (file is null || file.Length == 0)
                    return Problems.Invalid("file", t["SnapshotMissing"]);
                if (PhotoUpload.Refusal(file, t["SnapshotType"], t["SnapshotTooLarge", PhotoUpload.MaxBytes / 1024 / 1024]) is { } refusal)
                    return refusal;
                return (await SaveSnapshot.ExecuteAsync(plot, null, user.UserId(), await PhotoUpload.ReadAsync(file, ct), db, t, clock, ct)).ToHttpResult(s => s.Url);
            })
            .RequireAuthorization(Policies.SignedIn)
            // Bearer clients carry no antiforgery token; cookie sessions are checked by the Accounts middleware.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PhotoUpload.MaxBytes + (64 * 1024)))
            .WithName(nameof(UploadPlotSnapshot))
            .WithSummary("The farmer's photo of a plot for its adopters (JPEG, PNG or WebP up to 8 MB); the plot keeps its newest 30.")
            .Produces<SaveSnapshot.Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
