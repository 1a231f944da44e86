namespace Tianyuan.Farm.Agronomy;

/// <summary>A soil texture with FAO-56 Table 19's ranges of water content at field capacity and wilting point (m³/m³).</summary>
sealed record Soil(string Key, string NameZh, string NameEn, double FieldCapacityMin, double FieldCapacityMax, double WiltingPointMin, double WiltingPointMax)
{
    /// <summary>The middle of the Table 19 range: what a plot gets when the farmer knows the texture but has no soil test.</summary>
    public double FieldCapacity => Math.Round((FieldCapacityMin + FieldCapacityMax) / 2, 3);

    public double WiltingPoint => Math.Round((WiltingPointMin + WiltingPointMax) / 2, 3);
}

/// <summary>FAO-56 Table 19 (typical soil water characteristics), the textures a plot form offers.</summary>
static class Soils
{
    public static readonly IReadOnlyList<Soil> All =
    [
        new("sand", "砂土", "Sand", 0.07, 0.17, 0.02, 0.07),
        new("loamy-sand", "壤质砂土", "Loamy sand", 0.11, 0.19, 0.03, 0.10),
        new("sandy-loam", "砂壤土", "Sandy loam", 0.18, 0.28, 0.06, 0.16),
        new("loam", "壤土", "Loam", 0.20, 0.30, 0.07, 0.17),
        new("silt-loam", "粉砂壤土", "Silt loam", 0.22, 0.36, 0.09, 0.21),
        new("silt", "粉砂土", "Silt", 0.28, 0.36, 0.12, 0.22),
        new("silty-clay-loam", "粉砂质黏壤土", "Silty clay loam", 0.30, 0.37, 0.17, 0.24),
        new("silty-clay", "粉砂质黏土", "Silty clay", 0.30, 0.42, 0.17, 0.29),
        new("clay", "黏土", "Clay", 0.32, 0.40, 0.20, 0.24),
    ];

    public static Soil? Find(string? key) => All.FirstOrDefault(s => s.Key == key);

    /// <summary>
    /// A plot's soil as the page's language names it. Plots store the texture as the farmer saw it named (壤土 on a
    /// Chinese page, Loam on an English one, or their own words through the API); a known texture reads in either
    /// language, anything else as written.
    /// </summary>
    public static string Named(string stored, bool english) =>
        All.FirstOrDefault(s => s.Key == stored || s.NameZh == stored || string.Equals(s.NameEn, stored, StringComparison.OrdinalIgnoreCase)) is { } soil
            ? english ? soil.NameEn : soil.NameZh
            : stored;
}
