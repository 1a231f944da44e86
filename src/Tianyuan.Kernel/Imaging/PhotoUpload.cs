namespace Tianyuan.Kernel.Imaging;

using Microsoft.AspNetCore.Http;
using Tianyuan.Kernel.Http;

/// <summary>
/// The first checks every photo upload makes before decoding it (listing photos, product photos, complaint photos):
/// an accepted image type (else 415) and at most <see cref="MaxBytes"/> (else 413), then the bytes.
/// </summary>
public static class PhotoUpload
{
    public const long MaxBytes = 8 * 1024 * 1024;

    public static readonly IReadOnlyList<string> ContentTypes = ["image/jpeg", "image/png", "image/webp"];

    /// <summary>Null when the file may be decoded; otherwise the ProblemDetails answer, with the caller's messages.</summary>
    public static IResult? Refusal(IFormFile file, string wrongType, string tooLarge) =>
        !ContentTypes.Contains(file.ContentType)
            ? Results.Problem(wrongType, statusCode: StatusCodes.Status415UnsupportedMediaType, type: Problems.UnsupportedMediaType)
            : file.Length > MaxBytes
                ? Results.Problem(tooLarge, statusCode: StatusCodes.Status413PayloadTooLarge, type: Problems.BodyTooLarge)
                : null;

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
