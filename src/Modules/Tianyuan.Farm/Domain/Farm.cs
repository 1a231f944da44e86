namespace Tianyuan.Farm.Domain;

/// <summary>A farm run by a cooperative (or a family registered as one) in a village.</summary>
sealed class Farm
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    /// <summary>The organisation whose farmers manage this farm (Regions module).</summary>
    public Guid OrganisationId { get; init; }

    /// <summary>The village or township it lies in; decides which operators see it.</summary>
    public required string RegionCode { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<Plot> Plots { get; } = [];
}

/// <summary>A field or orchard block: its outline, area and soil, the numbers irrigation advice needs.</summary>
sealed class Plot
{
    /// <summary>1 亩 = 10 000/15 m², the unit farmers count in.</summary>
    public const double SquareMetresPerMu = 10_000.0 / 15;

    public Guid Id { get; init; }

    public Guid FarmId { get; init; }

    public required string Name { get; set; }

    /// <summary>GeoJSON Polygon of the plot.</summary>
    public string? BoundaryGeoJson { get; set; }

    public double AreaM2 { get; set; }

    public required string SoilType { get; set; }

    /// <summary>Volumetric water content at field capacity, m³/m³ (FAO-56 Table 19).</summary>
    public double FieldCapacity { get; set; }

    /// <summary>Volumetric water content at wilting point, m³/m³.</summary>
    public double WiltingPoint { get; set; }

    /// <summary>What grows there now, in the farmer's words (茶叶, 杨梅 ...).</summary>
    public string? Crop { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public double AreaMu => AreaM2 / SquareMetresPerMu;
}
