namespace Tianyuan.Market.Features.Photos;

using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Tianyuan.Market.Data;

/// <summary>
/// GET /api/market/photos/{id}.jpg and /api/market/photos/{id}/thumb.jpg: a published product's photo (public). A
/// stored photo never changes (ids are not reused), so it is cached for a year: a phone on a weak connection
/// downloads each picture once.
/// </summary>
static class GetProductPhoto
{
    public static void Map(IEndpointRouteBuilder market)
    {
        market.MapGet("/photos/{id:guid}.jpg", (Guid id, HttpContext http, MarketDb db, CancellationToken ct) => ServeAsync(id, false, http, db, ct))
            .AllowAnonymous()
            .WithName(nameof(GetProductPhoto))
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
        market.MapGet("/photos/{id:guid}/thumb.jpg", (Guid id, HttpContext http, MarketDb db, CancellationToken ct) => ServeAsync(id, true, http, db, ct))
            .AllowAnonymous()
            .WithName("GetProductPhotoThumbnail")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    static async Task<IResult> ServeAsync(Guid id, bool thumbnail, HttpContext http, MarketDb db, CancellationToken ct)
    {
        var bytes = await db.ProductPhotos.AsNoTracking().Where(p => p.Id == id && db.Products.Any(x => x.Id == p.ProductId && x.Published))
            .Select(p => thumbnail ? p.Thumbnail : p.Jpeg).FirstOrDefaultAsync(ct);
        if (bytes is null)
            return Problems.NotFound("photo", id);
        http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        return Results.File(bytes, "image/jpeg");
    }
}
