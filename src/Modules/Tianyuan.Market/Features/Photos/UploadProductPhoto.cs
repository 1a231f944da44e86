namespace Tianyuan.Market.Features.Photos;

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Imaging;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/products/{id}/photos (multipart: file): the product's seller adds a photo. JPEG, PNG or WebP up
/// to 8 MB (else 415 / 413, like complaint photos); it must decode as an image (else 422); at most 6 per product
/// (else 409). The upload is re-encoded by the Kernel's PhotoImage, which drops metadata such as GPS positions.
/// </summary>
static class UploadProductPhoto
{
    public const int MaxPerProduct = 6;

    public sealed record Response(Guid Id, Guid ProductId, string Url, string ThumbnailUrl, int Width, int Height);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/products/{id:guid}/photos", async (Guid id, IFormFile? file, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<PhotosText> t, TimeProvider clock, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                    return Problems.Invalid("file", t["UploadMissing"]);
                if (PhotoUpload.Refusal(file, t["PhotoType"], t["PhotoTooLarge", PhotoUpload.MaxBytes / 1024 / 1024]) is { } refusal)
                    return refusal;
                return (await ExecuteAsync(id, await PhotoUpload.ReadAsync(file, ct), user, db, t, clock, ct)).ToHttpResult(p => p.Url);
            })
            .RequireAuthorization(Policies.SignedIn)
            // Bearer clients carry no antiforgery token; cookie sessions are checked by the Accounts middleware.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PhotoUpload.MaxBytes + (64 * 1024)))
            .WithName(nameof(UploadProductPhoto))
            .WithSummary("Add a product photo (seller of the product; JPEG, PNG or WebP up to 8 MB; at most 6).")
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid productId, byte[] upload, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<PhotosText> t, TimeProvider clock, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null)
            return Outcome<Response>.NotFound(t["ProductNotFound"]);
        if (!MarketAccess.MayManage(user, product))
            return Outcome<Response>.Forbidden(t["NotYourProduct"]);
        if (await db.ProductPhotos.CountAsync(p => p.ProductId == productId, ct) >= MaxPerProduct)
            return Outcome<Response>.Conflict("too-many-photos", t["TooManyPhotos", MaxPerProduct], "file");
        if (PhotoImage.TryEncode(upload) is not { } image)
            return Outcome<Response>.Unprocessable("not-an-image", t["PhotoNotImage"], "file");

        var now = clock.GetUtcNow();
        var photo = new ProductPhoto
        {
            Id = Guid.CreateVersion7(now), ProductId = productId, Jpeg = image.Display, Thumbnail = image.Thumbnail,
            Width = image.Width, Height = image.Height, CreatedAt = now,
        };
        db.ProductPhotos.Add(photo);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Created(ToResponse(photo));
    }

    static Response ToResponse(ProductPhoto p) => new(p.Id, p.ProductId, PhotoUrls.Display(p.Id), PhotoUrls.Thumbnail(p.Id), p.Width, p.Height);
}
