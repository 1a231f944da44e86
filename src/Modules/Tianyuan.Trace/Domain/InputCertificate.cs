namespace Tianyuan.Trace.Domain;

using System.Security.Cryptography;

/// <summary>
/// A photo of an input's registration certificate or purchase receipt (农药登记证 / 购买凭证), re-encoded by the
/// Kernel's PhotoImage (a display JPEG and a thumbnail, metadata such as GPS dropped). Keyed by the SHA-256 of the
/// display JPEG, which is also what the input event carries in ty:input: the event is in the transparency log, so a
/// photo swapped afterwards no longer matches its key and the consumer page says so.
/// </summary>
sealed class InputCertificate
{
    /// <summary>The display JPEG's SHA-256, 64 lower-case hex digits.</summary>
    public required string Sha256 { get; init; }

    public required byte[] Jpeg { get; init; }

    public required byte[] Thumbnail { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public Guid? UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    /// <summary>Whether the stored JPEG is still the one its key (and the input event) names.</summary>
    public bool Intact => HashOf(Jpeg) == Sha256;

    public static string HashOf(byte[] jpeg) => Convert.ToHexStringLower(SHA256.HashData(jpeg));
}
