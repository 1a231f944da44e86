namespace Tianyuan.Farm.Resources;

/// <summary>Marker for the adoption (认养) strings: AdoptionText.resx (zh-CN, default) and AdoptionText.en.resx.</summary>
public sealed class AdoptionText;
