namespace Tianyuan.Farm.Resources;

/// <summary>Marker for the module's strings: FarmText.resx (zh-CN, default) and FarmText.en.resx.</summary>
public sealed class FarmText;
