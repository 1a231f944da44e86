namespace Tianyuan.Stays.Features.Photos;

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Imaging;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/{stayId}/photos (multipart: file, caption): a host adds a listing photo. JPEG, PNG or WebP up to
/// 8 MB (else 415 / 413); it must decode as an image (else 422); at most 12 per stay (else 409).
/// </summary>
static class UploadPhoto
{
    public const int MaxPerStay = 12;

    public sealed record Response(Guid Id, string Url, string ThumbnailUrl, int Width, int Height, string Caption);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/{stayId:guid}/photos", async (Guid stayId, IFormFile? file, [FromForm] string? caption, ClaimsPrincipal user, StaysDb db,
                IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                    return Problems.Invalid("file", t["UploadMissing"]);
                if (PhotoUpload.Refusal(file, t["PhotoType"], t["PhotoTooLarge", PhotoUpload.MaxBytes / 1024 / 1024]) is { } refusal)
                    return refusal;
                return (await ExecuteAsync(stayId, await PhotoUpload.ReadAsync(file, ct), caption, user, db, t, clock, ct)).ToHttpResult(p => p.Url);
            })
            .RequireAuthorization(Policies.SignedIn)
            // Bearer and API-key clients carry no antiforgery token; cookie sessions are checked by the Accounts middleware.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PhotoUpload.MaxBytes + (64 * 1024)))
            .WithName(nameof(UploadPhoto))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid stayId, byte[] upload, string? caption, ClaimsPrincipal user, StaysDb db,
        IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        var stay = await db.Stays.AsNoTracking().FirstOrDefaultAsync(s => s.Id == stayId, ct);
        if (stay is null || !StayAccess.MayManage(user, stay))
            return Outcome<Response>.NotFound(t["StayNotFound", stayId]);
        if (caption?.Trim().Length > 100)
            return Outcome<Response>.Invalid("caption", t["TooLong", "caption", 100]);
        var count = await db.Photos.CountAsync(p => p.StayId == stayId, ct);
        if (count >= MaxPerStay)
            return Outcome<Response>.Conflict("too-many-photos", t["TooManyPhotos", MaxPerStay]);
        if (PhotoImage.TryEncode(upload) is not { } image)
            return Outcome<Response>.Unprocessable("not-an-image", t["PhotoNotImage"], "file");

        var photo = new Photo
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), StayId = stayId, Jpeg = image.Display, Thumbnail = image.Thumbnail, Width = image.Width,
            Height = image.Height, Caption = caption?.Trim() ?? "", Position = count, CreatedAt = clock.GetUtcNow(),
        };
        db.Photos.Add(photo);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Created(ToResponse(photo));
    }

    public static Response ToResponse(Photo p) =>
        new(p.Id, $"/api/stays/photos/{p.Id}.jpg", $"/api/stays/photos/{p.Id}.jpg?size=thumb", p.Width, p.Height, p.Caption);
}
