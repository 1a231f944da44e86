namespace Tianyuan.Stays.Features.CalendarSync;

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Calendar;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/units/{unitId}/feeds/upload (multipart: file, optional name): for channels that only let a host
/// download their calendar, the .ics file is applied as a feed without URL. Uploading again under the same name
/// (by default the file's) diffs against that feed's blocks, as a pull would; a file that does not parse is refused
/// with the parser's reason and changes nothing.
/// </summary>
static class UploadFeed
{
    public sealed record Upload(string Name, string Text);

    static readonly string[] ContentTypes = ["text/calendar", "application/octet-stream"];

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/units/{unitId:guid}/feeds/upload", async (Guid unitId, [FromForm] string? name, IFormFile? file, ClaimsPrincipal user, StaysDb db,
                IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
            {
                if (CheckFile(file, t) is { } refused)
                    return refused;
                await using var body = file!.OpenReadStream();
                if (await IcalFile.ReadAsync(body, ct) is not { } text)
                    return FileProblem(StatusCodes.Status413PayloadTooLarge, Problems.BodyTooLarge, t["UploadTooLarge", IcalImport.MaxBytes / 1024 / 1024]);
                var upload = new Upload(string.IsNullOrWhiteSpace(name) ? Path.GetFileNameWithoutExtension(file.FileName) : name, text);
                return (await ExecuteAsync(unitId, upload, user, db, t, clock, ct)).ToHttpResult(f => $"/api/stays/units/{f.UnitId}/feeds");
            })
            .RequireAuthorization(Policies.SignedIn)
            // Bearer and API-key clients carry no antiforgery token; cookie sessions are checked by the Accounts middleware.
            .DisableAntiforgery()
            // Above the 1 MiB JSON limit under /api: the file may be 2 MB, plus the multipart framing.
            .WithMetadata(new RequestSizeLimitAttribute(IcalImport.MaxBytes + (64 * 1024)))
            .WithName(nameof(UploadFeed))
            .WithSummary("Apply an uploaded .ics file (at most 2 MB) as a feed without URL; re-uploading under the same name replaces its blocks by diff.")
            .Produces<FeedView>()
            .Produces<FeedView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<FeedView>> ExecuteAsync(Guid unitId, Upload upload, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
        TimeProvider clock, CancellationToken ct)
    {
        if (!await HostedUnits.MayManageAsync(db, user, unitId, ct))
            return Outcome<FeedView>.NotFound(t["UnitNotFound", unitId]);
        var errors = new Dictionary<string, string[]>();
        FeedRules.CheckName(errors, upload.Name, t);
        if (errors.Count > 0)
            return Outcome<FeedView>.Invalid(errors);
        var parsed = FeedSync.Parse(upload.Text, clock.Today());
        if (!parsed.Succeeded)
            return Outcome<FeedView>.Unprocessable("ical-invalid", t["UploadInvalid", parsed.Error], "file");

        var name = upload.Name.Trim();
        var feed = await db.Feeds.FirstOrDefaultAsync(f => f.UnitId == unitId && f.Url == null && f.Name == name, ct);
        var created = feed is null;
        if (feed is null)
        {
            if (await FeedRules.FullAsync(db, unitId, t, ct) is { } full)
                return full;
            var now = clock.GetUtcNow();
            feed = new CalendarFeed { Id = Guid.CreateVersion7(now), UnitId = unitId, Name = name, NextPullAt = now, CreatedAt = now };
            db.Feeds.Add(feed);
            await db.SaveChangesAsync(ct);
        }

        await FeedSync.ApplyAsync(db, feed.Id, parsed, clock, ct);
        db.ChangeTracker.Clear();
        var view = await FeedView.LoadAsync(db, await db.Feeds.AsNoTracking().FirstAsync(f => f.Id == feed.Id, ct), ct);
        return created ? Outcome<FeedView>.Created(view) : Outcome<FeedView>.Ok(view);
    }

    /// <summary>Refusals about the file itself, before it is read: missing, too large (413), or not a calendar (415).</summary>
    static IResult? CheckFile(IFormFile? file, IStringLocalizer<StaysText> t)
    {
        if (file is null || file.Length == 0)
            return Problems.Invalid("file", t["UploadMissing"]);
        if (file.Length > IcalImport.MaxBytes)
            return FileProblem(StatusCodes.Status413PayloadTooLarge, Problems.BodyTooLarge, t["UploadTooLarge", IcalImport.MaxBytes / 1024 / 1024]);
        var mediaType = file.ContentType.Split(';')[0].Trim();
        var isCalendar = ContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase)
            || file.FileName.EndsWith(".ics", StringComparison.OrdinalIgnoreCase);
        return isCalendar ? null : FileProblem(StatusCodes.Status415UnsupportedMediaType, Problems.UnsupportedMediaType, t["UploadNotCalendar"]);
    }

    static IResult FileProblem(int status, string type, string detail) =>
        Results.Problem(detail, statusCode: status, type: type, extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["file"] = [detail] } });
}
