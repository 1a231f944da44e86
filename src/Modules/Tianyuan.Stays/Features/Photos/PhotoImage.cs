namespace Tianyuan.Stays.Features.Photos;

using SkiaSharp;

/// <summary>
/// Decodes an uploaded photo and re-encodes it: the display copy at most 1600 px on its long side, a 480 px
/// thumbnail, both JPEG. Re-encoding (rather than storing the upload) drops metadata such as GPS positions and
/// anything hidden in the file; an upload that does not decode as an image is refused.
/// </summary>
static class PhotoImage
{
    public const int DisplaySide = 1600;
    public const int ThumbnailSide = 480;
    public const int Quality = 82;

    public sealed record Encoded(byte[] Display, byte[] Thumbnail, int Width, int Height);

    public static Encoded? TryEncode(byte[] upload)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(upload));
        if (codec is null)
            return null;
        // Phones store portrait photos sideways with an orientation flag; apply it so nobody sees them tipped over.
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
            return null;
        using var upright = Orient(decoded, codec.EncodedOrigin);
        using var display = Scale(upright, DisplaySide);
        using var thumb = Scale(upright, ThumbnailSide);
        return new Encoded(Jpeg(display), Jpeg(thumb), display.Width, display.Height);
    }

    static SKBitmap Scale(SKBitmap source, int side)
    {
        var factor = Math.Min(1.0, (double)side / Math.Max(source.Width, source.Height));
        var info = new SKImageInfo(Math.Max(1, (int)(source.Width * factor)), Math.Max(1, (int)(source.Height * factor)));
        return source.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell));
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
