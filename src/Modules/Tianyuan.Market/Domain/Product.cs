namespace Tianyuan.Market.Domain;

/// <summary>
/// Something a farm or cooperative sells (阳山水蜜桃, 高山土鸡蛋), with where and how it was grown and kept. What a
/// customer actually buys is one of its <see cref="Offer"/>s (a grade, size or pack at a price per unit).
/// </summary>
sealed class Product
{
    public Guid Id { get; init; }

    /// <summary>The selling farm or cooperative (a Regions organisation).</summary>
    public Guid OrganisationId { get; init; }

    /// <summary>The village it comes from.</summary>
    public required string RegionCode { get; set; }

    public required string NameZh { get; set; }

    public string? NameEn { get; set; }

    public string? DescriptionZh { get; set; }

    public string? DescriptionEn { get; set; }

    /// <summary>One of <see cref="ProductCategory"/>.</summary>
    public required string Category { get; set; }

    /// <summary>One of <see cref="StorageKind"/>: how the goods travel and how long they keep.</summary>
    public required string Storage { get; set; }

    /// <summary>The grading standard the grades refer to (e.g. NY/T 1192 for peaches), free text.</summary>
    public string? GradingStandard { get; set; }

    /// <summary>Days from harvest/production to best-before.</summary>
    public int ShelfLifeDays { get; set; }

    /// <summary>Harvest or production date of what is on sale now; best-before follows from the shelf life.</summary>
    public DateOnly? ProducedOn { get; set; }

    /// <summary>GTIN-13/14 of the product when it carries GS1 codes: the link to its traceability record.</summary>
    public string? Gtin { get; set; }

    public bool Published { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<Offer> Offers { get; init; } = [];

    public DateOnly? BestBefore => ProducedOn?.AddDays(ShelfLifeDays);
}

/// <summary>Shop aisles; stored as these codes, shown through resources (Category_{code}).</summary>
static class ProductCategory
{
    public const string Fruit = "fruit";
    public const string Vegetable = "vegetable";
    public const string Grain = "grain";
    public const string Tea = "tea";
    public const string Eggs = "eggs";
    public const string Meat = "meat";
    public const string Honey = "honey";
    public const string Preserved = "preserved";
    public const string Handicraft = "handicraft";

    /// <summary>认养: a tree, row or plot share for a season, listed by the Farm module.</summary>
    public const string Adoption = "adoption";

    public static IReadOnlyList<string> All { get; } = [Fruit, Vegetable, Grain, Tea, Eggs, Meat, Honey, Preserved, Handicraft, Adoption];
}

/// <summary>How the goods are kept in transit and at the pickup point.</summary>
static class StorageKind
{
    public const string Ambient = "ambient";
    public const string Chilled = "chilled";
    public const string Frozen = "frozen";

    public static IReadOnlyList<string> All { get; } = [Ambient, Chilled, Frozen];
}
