namespace Tianyuan.Market.Resources;

/// <summary>Marker for the review forms' strings (ReviewFormsText.resx, zh-CN; .en.resx).</summary>
public sealed class ReviewFormsText;
