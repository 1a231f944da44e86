namespace Tianyuan.Trace.Features.Record;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Resources;

/// <summary>
/// GET /trace/certificates/{sha256} and …/thumb: an input's certificate photo, public like the consumer page that
/// links it. Served only while the stored JPEG still has the hash its address (and the logged input event) names;
/// one changed since is 409, so nobody is shown a swapped photo as the recorded one. The address is the content's
/// hash, so a served photo never changes and may be cached anywhere.
/// </summary>
static class GetInputCertificate
{
    public static string Path(string sha256) => $"/trace/certificates/{sha256}";

    public static string ThumbnailPath(string sha256) => Path(sha256) + "/thumb";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/trace/certificates/{sha256:length(64)}", (string sha256, HttpContext http, TraceDb db, IStringLocalizer<TraceText> t, CancellationToken ct) =>
                ServeAsync(sha256, false, http, db, t, ct))
            .AllowAnonymous().WithName(nameof(GetInputCertificate)).WithSummary("An input's certificate photo (JPEG), while it matches the hash its input event names.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        endpoints.MapGet("/trace/certificates/{sha256:length(64)}/thumb", (string sha256, HttpContext http, TraceDb db, IStringLocalizer<TraceText> t, CancellationToken ct) =>
                ServeAsync(sha256, true, http, db, t, ct))
            .AllowAnonymous().WithName("GetInputCertificateThumbnail").WithSummary("The certificate photo's thumbnail.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    static async Task<IResult> ServeAsync(string sha256, bool thumbnail, HttpContext http, TraceDb db, IStringLocalizer<TraceText> t, CancellationToken ct)
    {
        var photo = await db.InputCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.Sha256 == sha256, ct);
        if (photo is null)
            return Problems.NotFound("certificate", sha256);
        if (!photo.Intact)
        {
            http.Response.Headers[HeaderNames.CacheControl] = "no-store";
            return Problems.Conflict("certificate-changed", t["CertificateChangedDetail"]);
        }

        http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        return Results.File(thumbnail ? photo.Thumbnail : photo.Jpeg, "image/jpeg", entityTag: new EntityTagHeaderValue(thumbnail ? $"\"{sha256}-thumb\"" : $"\"{sha256}\""));
    }
}
