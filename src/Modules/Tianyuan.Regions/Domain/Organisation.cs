namespace Tianyuan.Regions.Domain;

enum OrganisationKind
{
    Cooperative,
    HomestayBusiness,
    GroupBuyPoint,
    LogisticsStation,
    Company,
}

/// <summary>A cooperative, homestay business, group-buy point, logistics station or company, seated in a region.</summary>
sealed class Organisation
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>The township or village the organisation belongs to; decides which operators may manage it.</summary>
    public required string RegionCode { get; set; }

    public string? Address { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>统一社会信用代码 (18 characters) when registered; unique.</summary>
    public string? CreditCode { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
