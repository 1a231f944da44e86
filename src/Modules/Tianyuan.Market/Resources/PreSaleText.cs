namespace Tianyuan.Market.Resources;

/// <summary>Marker for the order-farming (pre-sale) strings (PreSaleText.resx, zh-CN; .en.resx).</summary>
public sealed class PreSaleText;
