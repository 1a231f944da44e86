namespace Tianyuan.Stays.Features.Photos;

using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Tianyuan.Stays.Data;

/// <summary>
/// GET /api/stays/photos/{id}.jpg[?size=thumb]: a listing photo (public). A photo never changes once stored, so it is
/// cached for a year: a phone on a weak connection downloads each picture once.
/// </summary>
static class GetPhoto
{
    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/photos/{id:guid}.jpg", async (Guid id, string? size, HttpContext http, StaysDb db, CancellationToken ct) =>
            {
                var thumb = size == "thumb";
                var bytes = await db.Photos.AsNoTracking().Where(p => p.Id == id && db.Stays.Any(s => s.Id == p.StayId && s.Published))
                    .Select(p => thumb ? p.Thumbnail : p.Jpeg).FirstOrDefaultAsync(ct);
                if (bytes is null)
                    return Problems.NotFound("photo", id);
                http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                return Results.File(bytes, "image/jpeg");
            })
            .AllowAnonymous()
            .WithName(nameof(GetPhoto))
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
