namespace Tianyuan.Regions.Domain;

using Tianyuan.Kernel;

/// <summary>A node of the region tree, keyed by its administrative code (see <see cref="RegionCode"/>).</summary>
sealed class Region
{
    public required string Code { get; init; }

    public string? ParentCode { get; init; }

    public RegionLevel Level { get; init; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }

    public double CentreLatitude { get; set; }

    public double CentreLongitude { get; set; }

    /// <summary>GeoJSON Polygon or MultiPolygon geometry; optional for villages drawn later.</summary>
    public string? BoundaryGeoJson { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public RegionCode RegionCode => RegionCode.Parse(Code);
}
