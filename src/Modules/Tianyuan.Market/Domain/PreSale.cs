namespace Tianyuan.Market.Domain;

/// <summary>
/// Order farming (订单农业 / C2M): before planting, a farm offers a season's crop at a price; customers commit to a
/// quantity and pay a deposit, so the farm sees demand before it plants. At harvest the farm records the actual
/// yield and the crop is allocated: everyone in full when it is enough, otherwise pro rata (see PreSaleAllocation).
/// </summary>
sealed class PreSale
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string RegionCode { get; init; }

    public required string ProductName { get; set; }

    public string? Variety { get; set; }

    /// <summary>Unit code (kg, 斤, box...) of every quantity below.</summary>
    public required string Unit { get; init; }

    public decimal ExpectedYield { get; set; }

    /// <summary>Customers order, and are allocated, whole multiples of this.</summary>
    public decimal Step { get; init; }

    public decimal PricePerUnit { get; init; }

    /// <summary>Deposit per unit in yuan (a fixed amount or the price times the percent, fixed when published).</summary>
    public decimal DepositPerUnit { get; init; }

    public DateTimeOffset OrderOpensAt { get; set; }

    public DateTimeOffset OrderClosesAt { get; set; }

    public DateOnly DeliveryFrom { get; set; }

    public DateOnly DeliveryUntil { get; set; }

    public decimal MaxPerCustomer { get; set; }

    /// <summary>Sum of the pre-orders; bumped by a conditional update while the pre-sale is open.</summary>
    public decimal Committed { get; set; }

    public string Status { get; set; } = PreSaleStatus.Open;

    public decimal? ActualYield { get; set; }

    public DateTimeOffset? AllocatedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A customer's commitment to a pre-sale, its deposit, and (after harvest) what they get and owe.</summary>
sealed class PreOrder
{
    public Guid Id { get; init; }

    public Guid PreSaleId { get; init; }

    public Guid CustomerUserId { get; init; }

    public decimal Quantity { get; init; }

    public decimal Deposit { get; init; }

    /// <summary>A <c>PaymentMethods</c> name the deposit was recorded through.</summary>
    public required string PaymentMethod { get; init; }

    public DateTimeOffset DepositPaidAt { get; init; }

    public decimal? FulfilledQuantity { get; set; }

    /// <summary>Fulfilled value less the deposit it uses: paid on delivery.</summary>
    public decimal? BalanceDue { get; set; }

    /// <summary>The deposit of the unfulfilled part, paid back.</summary>
    public decimal? DepositRefund { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

static class PreSaleStatus
{
    public const string Open = nameof(Open);
    /// <summary>The harvest was recorded and allocated; no more pre-orders.</summary>
    public const string Allocated = nameof(Allocated);
}
