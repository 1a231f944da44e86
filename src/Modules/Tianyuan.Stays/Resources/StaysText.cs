namespace Tianyuan.Stays.Resources;

/// <summary>Marker for the module's strings: StaysText.resx (zh-CN, default) and StaysText.en.resx.</summary>
public sealed class StaysText;
