namespace Tianyuan.Regions.Resources;

/// <summary>Marker for the module's strings: RegionsText.resx (zh-CN, default) and RegionsText.en.resx.</summary>
public sealed class RegionsText;
