namespace Tianyuan.Stays.Pages;

using QRCoder;

/// <summary>A QR code as inline SVG: sharp at any size, printable, and no image request on a weak connection.</summary>
static class QrSvg
{
    public static string For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(180, 180), "#1f2a1f", "#ffffff", drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
