namespace Tianyuan.Market.Resources;

/// <summary>Marker for the product review strings (ReviewsText.resx, zh-CN; .en.resx).</summary>
public sealed class ReviewsText;
