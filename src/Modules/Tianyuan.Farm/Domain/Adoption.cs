namespace Tianyuan.Farm.Domain;

/// <summary>
/// 认养: a farmer offers trees, rows or plot shares of one plot for a season at a price with a promised yield. The plan
/// is sold through the shop (one Market offer whose stock is <see cref="Units"/>), so two families can never adopt the
/// same tree: the shop's stock guarantee decides, and an <see cref="Adoption"/> follows each order.
/// </summary>
sealed class AdoptionPlan
{
    public Guid Id { get; init; }

    public Guid FarmId { get; init; }

    public Guid PlotId { get; init; }

    /// <summary>One of <see cref="AdoptionKinds"/>.</summary>
    public required string Kind { get; init; }

    public required string NameZh { get; init; }

    public string? DescriptionZh { get; init; }

    public DateOnly SeasonFrom { get; init; }

    public DateOnly SeasonUntil { get; init; }

    /// <summary>CNY for one unit for the season.</summary>
    public decimal Price { get; init; }

    /// <summary>What one unit is expected to yield in the season, in <see cref="YieldUnit"/>.</summary>
    public decimal PromisedYield { get; init; }

    public required string YieldUnit { get; init; }

    public int Units { get; init; }

    /// <summary>A camera's live stream page, when the farm has one; the adopter's page links to it.</summary>
    public string? StreamUrl { get; init; }

    public Guid MarketProductId { get; set; }

    public Guid MarketOfferId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A family's unit of a plan for the season, made from their shop order; released if the order is cancelled.</summary>
sealed class Adoption
{
    public Guid Id { get; init; }

    public Guid PlanId { get; init; }

    /// <summary>Which tree or share (1..Units): the label on the tree and in the family's page.</summary>
    public int UnitNumber { get; init; }

    public Guid CustomerUserId { get; init; }

    public Guid OrderId { get; init; }

    /// <summary>The nth unit this order bought of the plan (an order for 2 trees makes Seq 1 and 2).</summary>
    public int Seq { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReleasedAt { get; set; }
}

static class AdoptionKinds
{
    public static readonly IReadOnlyList<string> All = ["tree", "row", "plot-share"];
}
