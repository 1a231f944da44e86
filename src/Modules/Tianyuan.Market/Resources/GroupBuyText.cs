namespace Tianyuan.Market.Resources;

/// <summary>Marker for the group-buy strings (points, campaigns, manifests, leaders): GroupBuyText.resx (zh-CN, default) and GroupBuyText.en.resx.</summary>
public sealed class GroupBuyText;
