namespace Tianyuan.Farm.Features.Snapshots;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel.Imaging;

/// <summary>
/// What a camera's and a farmer's upload share once the sender is known: the photo must decode (else 422), it is
/// re-encoded and stored for the plot, and the plot's snapshots beyond <see cref="CameraSnapshot.MaxPerPlot"/> (oldest
/// first) are deleted in the same transaction, so retention holds whoever uploads.
/// </summary>
static class SaveSnapshot
{
    public sealed record Response(Guid Id, Guid PlotId, DateTimeOffset TakenAt, string Url, string ThumbnailUrl, int Width, int Height);

    public static string Url(Guid id) => $"/api/farm/snapshots/{id}";

    public static string ThumbnailUrl(Guid id) => $"/api/farm/snapshots/{id}/thumb";

    public static async Task<Outcome<Response>> ExecuteAsync(Plot plot, Guid? deviceId, Guid? uploadedBy, byte[] upload, FarmDb db,
        IStringLocalizer<FarmText> t, TimeProvider clock, CancellationToken ct)
    {
        if (PhotoImage.TryEncode(upload) is not { } image)
            return Outcome<Response>.Unprocessable("not-an-image", t["SnapshotNotImage"], "file");
        var now = clock.GetUtcNow();
        var snapshot = new CameraSnapshot
        {
            Id = Guid.CreateVersion7(now), FarmId = plot.FarmId, PlotId = plot.Id, DeviceId = deviceId, UploadedBy = uploadedBy, TakenAt = now,
            Jpeg = image.Display, Thumbnail = image.Thumbnail, Width = image.Width, Height = image.Height,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Snapshots.Add(snapshot);
        await db.SaveChangesAsync(ct);
        var keep = db.Snapshots.Where(s => s.PlotId == plot.Id).OrderByDescending(s => s.TakenAt).ThenByDescending(s => s.Id)
            .Take(CameraSnapshot.MaxPerPlot).Select(s => s.Id);
        await db.Snapshots.Where(s => s.PlotId == plot.Id && !keep.Contains(s.Id)).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<Response>.Created(View(snapshot));
    }

    public static Response View(CameraSnapshot s) => new(s.Id, s.PlotId, s.TakenAt, Url(s.Id), ThumbnailUrl(s.Id), s.Width, s.Height);
}
