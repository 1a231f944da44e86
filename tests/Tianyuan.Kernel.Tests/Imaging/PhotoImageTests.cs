namespace Tianyuan.Kernel.Tests.Imaging;

using SkiaSharp;
using Tianyuan.Kernel.Imaging;

/// <summary>Uploads are decoded and re-encoded; anything that is not a whole image is refused, never a crash.</summary>
public class PhotoImageTests
{
    [Theory]
    [InlineData("GIF89a but not really")]
    [InlineData("\u00ff\u00d8\u00ff\u00e0 truncated jpeg")]
    [InlineData("")]
    [InlineData("<html>not an image</html>")]
    public void Something_that_is_not_an_image_is_refused(string text) =>
        Assert.Null(PhotoImage.TryEncode(System.Text.Encoding.Latin1.GetBytes(text)));

    [Fact]
    public void A_large_photo_is_scaled_to_1600_pixels_and_a_480_pixel_thumbnail()
    {
        using var bitmap = new SKBitmap(3000, 2000);
        using (var canvas = new SKCanvas(bitmap))
            canvas.Clear(SKColors.ForestGreen);
        using var png = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);

        var encoded = PhotoImage.TryEncode(png.ToArray())!;

        Assert.Equal((1600, 1067), (encoded.Width, encoded.Height));
        using var thumb = SKBitmap.Decode(encoded.Thumbnail);
        Assert.Equal((480, 320), (thumb.Width, thumb.Height));
        Assert.Equal(0xFF, encoded.Display[0]); // JPEG
    }
}
