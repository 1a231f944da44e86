namespace Tianyuan.Farm.Features.Snapshots;

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Resources;
using Tianyuan.Farm.Telemetry;
using Tianyuan.Kernel.Imaging;

/// <summary>
/// POST /api/farm/devices/{id}/snapshots (multipart: file), authenticated by the camera's own key in X-Device-Key: a
/// camera on a plot sends a photo (JPEG, PNG or WebP up to 8 MB, else 415 / 413; it must decode, else 422). Another
/// device's key is refused like a wrong one (401); a device that is not a camera, or a camera on no plot, gets 409.
/// </summary>
static class PostCameraSnapshot
{
    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/devices/{id:guid}/snapshots", async (Guid id, [FromHeader(Name = "X-Device-Key")] string? deviceKey, IFormFile? file, FarmDb db,
                IStringLocalizer<FarmText> t, TimeProvider clock, CancellationToken ct) =>
            {
                var device = await DeviceAuthentication.FindAsync(db, deviceKey, ct);
                if (device is null || device.Id != id)
                    return TypedResults.Problem(t["SnapshotDeviceKey"], statusCode: StatusCodes.Status401Unauthorized, type: Problems.Type("device-key"));
                if (device.Kind != "camera" || device.PlotId is not { } plotId)
                    return Problems.Conflict("not-a-plot-camera", t["SnapshotNotCamera"]);
                if (file is null || file.Length == 0)
                    return Problems.Invalid("file", t["SnapshotMissing"]);
                if (PhotoUpload.Refusal(file, t["SnapshotType"], t["SnapshotTooLarge", PhotoUpload.MaxBytes / 1024 / 1024]) is { } refusal)
                    return refusal;
                var plot = await db.Plots.AsNoTracking().FirstAsync(p => p.Id == plotId, ct);
                return (await SaveSnapshot.ExecuteAsync(plot, device.Id, null, await PhotoUpload.ReadAsync(file, ct), db, t, clock, ct)).ToHttpResult(s => s.Url);
            })
            .AllowAnonymous() // authenticated by the device key, not a person
            .DisableAntiforgery() // a camera has no browser session to forge
            .WithMetadata(new RequestSizeLimitAttribute(PhotoUpload.MaxBytes + (64 * 1024)))
            .WithName(nameof(PostCameraSnapshot))
            .WithSummary("A plot camera's photo, authenticated by X-Device-Key (JPEG, PNG or WebP up to 8 MB); the plot keeps its newest 30.")
            .Produces<SaveSnapshot.Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
