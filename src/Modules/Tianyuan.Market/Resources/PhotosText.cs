namespace Tianyuan.Market.Resources;

/// <summary>Marker for the product photo strings (PhotosText.resx, zh-CN; .en.resx).</summary>
public sealed class PhotosText;
