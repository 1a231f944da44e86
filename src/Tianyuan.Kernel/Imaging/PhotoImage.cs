namespace Tianyuan.Kernel.Imaging;

using SkiaSharp;

/// <summary>
/// Decodes an uploaded photo and re-encodes it: the display copy at most 1600 px on its long side, a 480 px
/// thumbnail, both JPEG. Re-encoding (rather than storing the upload) drops metadata such as GPS positions and
/// anything hidden in the file; an upload that does not decode as an image is refused.
/// </summary>
public static class PhotoImage
{
    public const int DisplaySide = 1600;
    public const int ThumbnailSide = 480;
    public const int Quality = 82;

    public sealed record Encoded(byte[] Display, byte[] Thumbnail, int Width, int Height);

    /// <summary>Larger images are refused before decoding: a small file can claim a huge canvas (a "decompression bomb").</summary>
    public const long MaxPixels = 50_000_000;

    public static Encoded? TryEncode(byte[] upload)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(upload));
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
            return null;
        // Decoding through the codec reports a truncated or corrupt file as a result instead of throwing.
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
            return null;
        // Phones store portrait photos sideways with an orientation flag; apply it so nobody sees them tipped over.
        using var upright = Orient(decoded, codec.EncodedOrigin);
        using var display = Scale(upright, DisplaySide);
        using var thumb = Scale(upright, ThumbnailSide);
        return new Encoded(Jpeg(display), Jpeg(thumb), display.Width, display.Height);
    }

    static SKBitmap Scale(SKBitmap source, int side)
    {
        var factor = Math.Min(1.0, (double)side / Math.Max(source.Width, source.Height));
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(source.Width * factor)), Math.Max(1, (int)Math.Round(source.Height * factor)));
        return source.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell));
    }

    static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var (rotate, swap) = origin switch
        {
            SKEncodedOrigin.RightTop => (90, true),
            SKEncodedOrigin.BottomRight => (180, false),
            SKEncodedOrigin.LeftBottom => (270, true),
            _ => (0, false),
        };
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(result);
        canvas.Translate(result.Width / 2f, result.Height / 2f);
        canvas.RotateDegrees(rotate);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }

    static byte[] Jpeg(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return data.ToArray();
    }
}
