namespace Tianyuan.Market.Resources;

/// <summary>Marker for the coupons, bundles, repurchase and stayed-here strings (CrossSellText.resx, zh-CN; .en.resx).</summary>
public sealed class CrossSellText;
