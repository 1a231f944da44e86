namespace Tianyuan.Market.Domain;

/// <summary>
/// A group-buy round (今日团): chosen offers at a group price, ordered until <see cref="CutOffAt"/>, picked the
/// next morning and collected at the pickup points on <see cref="PickupDate"/>. At the cut-off it is frozen:
/// orders are final and aggregated into picking lists and point manifests.
/// </summary>
sealed class Campaign
{
    public Guid Id { get; init; }

    /// <summary>The cooperative or farm running it.</summary>
    public Guid OrganisationId { get; init; }

    public required string RegionCode { get; init; }

    public required string TitleZh { get; set; }

    public string? TitleEn { get; set; }

    public DateTimeOffset OpensAt { get; set; }

    public DateTimeOffset CutOffAt { get; set; }

    public DateOnly PickupDate { get; set; }

    /// <summary>Orders a point needs by the cut-off for its group to go ahead (below it, the point's orders are refunded).</summary>
    public int MinGroupSize { get; set; } = 1;

    public string Status { get; set; } = CampaignStatus.Open;

    /// <summary>Random token of the share link and QR (/market/g/{token}).</summary>
    public required string ShareToken { get; init; }

    /// <summary>Orders taken; bumped in the order's transaction, which is also what serialises orders against the cut-off.</summary>
    public int OrderCount { get; set; }

    public DateTimeOffset? FrozenAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<CampaignItem> Items { get; init; } = [];
}

sealed class CampaignItem
{
    public Guid CampaignId { get; init; }

    public Guid OfferId { get; init; }

    /// <summary>CNY per unit of the offer inside this campaign.</summary>
    public decimal GroupPrice { get; set; }
}

static class CampaignStatus
{
    public const string Open = nameof(Open);
    /// <summary>Past the cut-off: orders are final, manifests exist.</summary>
    public const string Frozen = nameof(Frozen);
    public const string Cancelled = nameof(Cancelled);
}
