namespace Tianyuan.Stays.Features.Housekeeping;

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Imaging;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Features.Photos;
using Tianyuan.Stays.Resources;

/// <summary>
/// The cleaner's side, authorised by the link alone (no account): GET /api/stays/cleaning/{token} shows the task and
/// POST it (multipart: Checked items, an optional photo up to 8 MB) completes it. A wrong or replaced link is a 404.
/// </summary>
static class CleanByLink
{
    public sealed record TaskView(Guid Id, string StayName, string Unit, DateOnly Day, bool SameDayTurnover, bool Open, IReadOnlyList<string> Checklist);

    public static void Map(IEndpointRouteBuilder stays)
    {
        stays.MapGet("/cleaning/{token}", async (string token, StaysDb db, CancellationToken ct) =>
                await FindAsync(db, token, ct) is { } view ? Results.Ok(view) : Problems.NotFound("task", "link"))
            .AllowAnonymous()
            .WithName("GetCleaningTask")
            .Produces<TaskView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        stays.MapPost("/cleaning/{token}", async (string token, IFormCollection form, StaysDb db, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) =>
            {
                var task = await TaskAsync(db, token, ct);
                if (task is null)
                    return Problems.NotFound("task", "link");
                var photo = form.Files["photo"];
                byte[]? jpeg = null;
                if (photo is { Length: > 0 })
                {
                    if (photo.Length > PhotoUpload.MaxBytes)
                        return Results.Problem(t["PhotoTooLarge", PhotoUpload.MaxBytes / 1024 / 1024], statusCode: StatusCodes.Status413PayloadTooLarge, type: Problems.BodyTooLarge);
                    jpeg = PhotoImage.TryEncode(await PhotoUpload.ReadAsync(photo, ct))?.Display;
                    if (jpeg is null)
                        return Problems.Unprocessable("not-an-image", t["PhotoNotImage"]);
                }

                return (await CompleteHousekeeping.FinishAsync(db, task, [.. form["checked"].OfType<string>()], overriding: false, jpeg, t, clock, ct)).ToHttpResult();
            })
            .AllowAnonymous()
            // The link is the credential and no cookie is involved, so there is no session to forge a request for.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PhotoUpload.MaxBytes + (64 * 1024)))
            .WithName("CompleteCleaningByLink")
            .Produces<CompleteHousekeeping.Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public static async Task<TaskView?> FindAsync(StaysDb db, string token, CancellationToken ct)
    {
        var task = await TaskAsync(db, token, ct);
        if (task is null)
            return null;
        var stay = await db.Stays.Where(s => s.Id == task.StayId).Select(s => s.NameZh).FirstAsync(ct);
        var unit = await db.Units.Where(u => u.Id == task.UnitId).Select(u => u.Label).FirstAsync(ct);
        return new TaskView(task.Id, stay, unit, task.Day, task.SameDayTurnover, task.IsOpen, HousekeepingTask.ChecklistKeys);
    }

    static async Task<HousekeepingTask?> TaskAsync(StaysDb db, string token, CancellationToken ct)
    {
        if (token.Length is < 20 or > 100)
            return null;
        var hash = LinkToken.Hash(token);
        return await db.Housekeeping.FirstOrDefaultAsync(h => h.CleanerTokenHash == hash, ct);
    }
}
