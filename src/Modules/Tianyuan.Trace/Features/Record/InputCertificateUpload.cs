namespace Tianyuan.Trace.Features.Record;

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Imaging;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;

/// <summary>
/// The input step's optional photo of the product's registration certificate or purchase receipt (农药登记证 /
/// 购买凭证), from the record form or the API's multipart POST: the Kernel's photo checks (415 wrong type, 413 too
/// large, 422 not an image), re-encoding, and the reference the input event carries in ty:input — the SHA-256 of the
/// re-encoded JPEG and where it is served — so the photo is covered by the transparency log like the event. The photo
/// is saved only after its event is stored, so bad input stores nothing.
/// </summary>
static class InputCertificateUpload
{
    /// <summary>The form field (page and API) and the error key that names it.</summary>
    public const string Field = "certificate";

    public const string Extension = "ty:certificate";

    /// <summary>How the event writes the hash: RFC 6920 naming, in hex as the event hash IDs are.</summary>
    const string HashPrefix = "ni:///sha-256;";

    public sealed record Photo(string Sha256, PhotoImage.Encoded Image, string Url);

    /// <summary>Why a photo was refused: the API's answer and the form's message.</summary>
    public sealed record Refusal(IResult Answer, string Message);

    /// <summary>The photo; none for an empty file part (a form whose file field was left empty sends one); or why it is refused.</summary>
    public static async Task<(Photo? Photo, Refusal? Refusal)> ReadAsync(IFormFile? file, string publicBase, IStringLocalizer t, CancellationToken ct)
    {
        if (file is not { Length: > 0 })
            return (null, null);
        if (PhotoUpload.Refusal(file, t["CertificateType"], t["CertificateTooLarge", PhotoUpload.MaxBytes / 1024 / 1024]) is ProblemHttpResult refused)
            return (null, new Refusal(refused, refused.ProblemDetails.Detail ?? ""));
        if (PhotoImage.TryEncode(await PhotoUpload.ReadAsync(file, ct)) is not { } image)
        {
            var message = t["CertificateNotImage"].Value;
            return (null, new Refusal(Outcome<Photo>.Unprocessable("not-an-image", message, Field).ToHttpResult(), message));
        }

        var hash = InputCertificate.HashOf(image.Display);
        return (new Photo(hash, image, publicBase + GetInputCertificate.Path(hash)), null);
    }

    public static JsonObject Reference(Photo photo) => new() { ["ty:sha256"] = HashPrefix + photo.Sha256, ["ty:url"] = photo.Url };

    /// <summary>The hex SHA-256 an input event's ty:input names for its photo, or null when it names none (or not in this form).</summary>
    public static string? HashIn(JsonElement input) =>
        input.TryGetProperty(Extension, out var c) && c.ValueKind == JsonValueKind.Object
            && c.TryGetProperty("ty:sha256", out var h) && h.GetString() is { } named && named.StartsWith(HashPrefix, StringComparison.Ordinal)
            && named[HashPrefix.Length..] is { Length: 64 } hex && hex.All(char.IsAsciiHexDigitLower)
            ? hex
            : null;

    /// <summary>Stores the photo under its hash; the same photo stored before (another input, a retry) is kept as it is.</summary>
    public static async Task SaveAsync(TraceDb db, Photo photo, Guid? uploadedBy, TimeProvider clock, CancellationToken ct)
    {
        if (await db.InputCertificates.AnyAsync(c => c.Sha256 == photo.Sha256, ct))
            return;
        var stored = new InputCertificate
        {
            Sha256 = photo.Sha256, Jpeg = photo.Image.Display, Thumbnail = photo.Image.Thumbnail, Width = photo.Image.Width, Height = photo.Image.Height,
            UploadedBy = uploadedBy, UploadedAt = clock.GetUtcNow(),
        };
        db.InputCertificates.Add(stored);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same photo sent twice at once: the other request stored it, which is all this one wanted.
            db.Entry(stored).State = EntityState.Detached;
            if (!await db.InputCertificates.AnyAsync(c => c.Sha256 == photo.Sha256, ct))
                throw;
        }
    }
}
