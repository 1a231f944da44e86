namespace Tianyuan.Regions.Contracts;

using Tianyuan.Kernel;

/// <summary>A region as other modules and the host see it (no boundary: ask <see cref="IRegionDirectory.FindAsync"/>).</summary>
public sealed record RegionNode(
    string Code, string? ParentCode, RegionLevel Level, string NameZh, string NameEn,
    double Latitude, double Longitude, IReadOnlyList<RegionNode> Children)
{
    /// <summary>The name in the UI language: English when the culture is English, Chinese otherwise.</summary>
    public string NameFor(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? NameEn : NameZh;
}

/// <summary>Read access to the region tree for other modules (pickers, maps, scope checks).</summary>
public interface IRegionDirectory
{
    /// <summary>The whole tree from the top-level regions down.</summary>
    Task<IReadOnlyList<RegionNode>> GetTreeAsync(CancellationToken ct);

    /// <summary>The region with its direct children, or null.</summary>
    Task<RegionNode?> FindAsync(string code, CancellationToken ct);

    /// <summary>The boundaries (GeoJSON geometry) of a region's direct children, for maps drawn offline.</summary>
    Task<IReadOnlyList<RegionShape>> GetChildShapesAsync(string parentCode, CancellationToken ct);

    /// <summary>The county this install serves (the first county in the tree), with townships and villages.</summary>
    Task<RegionNode?> GetHomeCountyAsync(CancellationToken ct);
}

/// <summary>A region's outline: a GeoJSON Polygon geometry, or null where none was drawn.</summary>
public sealed record RegionShape(string Code, string NameZh, string NameEn, string? BoundaryGeoJson);
