namespace Tianyuan.Market.Domain;

/// <summary>
/// A community group-buy pickup point (团购自提点): a leader's shop or home in a city community where next-day
/// orders are collected. The leader earns a commission on completed orders.
/// </summary>
sealed class PickupPoint
{
    public Guid Id { get; init; }

    /// <summary>The Regions organisation (kind GroupBuyPoint) whose GroupLeader runs the point.</summary>
    public Guid OrganisationId { get; init; }

    public required string RegionCode { get; init; }

    public required string NameZh { get; set; }

    public required string Community { get; set; }

    public required string Address { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>As shown to customers: "每日 8:00–20:00".</summary>
    public required string OpeningHours { get; set; }

    /// <summary>Most orders the point can hold for one pickup day.</summary>
    public int Capacity { get; set; }

    public required string LeaderName { get; set; }

    public required string LeaderPhone { get; set; }

    /// <summary>Share of completed order totals paid to the leader (0.05–0.10 is usual).</summary>
    public decimal CommissionRate { get; set; }

    public bool Active { get; set; } = true;
}
