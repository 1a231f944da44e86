namespace Tianyuan.Kernel.Ui;

using QRCoder;

/// <summary>
/// A QR code as inline SVG: sharp at any size, printable, and no image request on a weak connection. Shared by the
/// door-code pack (Stays) and trace labels (Trace); the SVG scales to its box through its viewBox.
/// </summary>
public static class QrSvg
{
    public static string For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(180, 180), "#1f2a1f", "#ffffff", drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
