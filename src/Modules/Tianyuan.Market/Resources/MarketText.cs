namespace Tianyuan.Market.Resources;

/// <summary>Marker for the module's strings: MarketText.resx (zh-CN, default) and MarketText.en.resx.</summary>
public sealed class MarketText;
