namespace Tianyuan.Market.Resources;

/// <summary>Marker for the seller's forms strings: products, stock, group-buys (SellerText.resx, zh-CN; .en.resx).</summary>
public sealed class SellerText;
