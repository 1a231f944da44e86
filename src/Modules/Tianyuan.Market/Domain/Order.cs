namespace Tianyuan.Market.Domain;

/// <summary>
/// A customer's order: lines priced and stock reserved when it was placed, picked up at a group-buy point or
/// delivered. Totals never change after placement except by refunds, which are recorded, not subtracted.
/// </summary>
sealed class Order
{
    public Guid Id { get; init; }

    /// <summary>Short reference shown to people and printed on parcels (M2611-3F9A2C01).</summary>
    public required string Number { get; init; }

    public Guid CustomerUserId { get; init; }

    public string Status { get; set; } = OrderStatus.Placed;

    /// <summary>The group-buy campaign this order joined, if any.</summary>
    public Guid? CampaignId { get; init; }

    /// <summary>Where the customer collects it; null means delivery to <see cref="DeliveryAddress"/>.</summary>
    public Guid? PickupPointId { get; init; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? DeliveryAddress { get; set; }

    public decimal Subtotal { get; init; }

    public decimal Discount { get; init; }

    public decimal Total { get; init; }

    /// <summary>Refunded so far; the sum of <see cref="OrderRefund"/> rows.</summary>
    public decimal Refunded { get; set; }

    /// <summary>Refunds made so far; each refund changes the order only while this is what it read, so two refunds never both spend the same money.</summary>
    public int RefundCount { get; set; }

    /// <summary>A <c>IPaymentProvider</c> name.</summary>
    public required string PaymentMethod { get; init; }

    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>Six digits the customer shows at the pickup point (also in the pickup QR).</summary>
    public required string PickupCode { get; init; }

    /// <summary>Random token of the parcel QR: opens the repurchase page for this order without signing in.</summary>
    public required string ParcelToken { get; init; }

    public string? IdempotencyKey { get; init; }

    public byte[]? RequestHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public List<OrderLine> Lines { get; init; } = [];

    public bool HoldsStock => Status is OrderStatus.Placed or OrderStatus.Paid or OrderStatus.Picking;

    /// <summary>The goods have left the farm: refunded quantities can no longer go back on sale.</summary>
    public bool Shipped => Status is OrderStatus.Dispatched or OrderStatus.ReadyForPickup or OrderStatus.Delivered or OrderStatus.Completed;
}

/// <summary>One offer in an order, with the name, unit and price as they were when the customer ordered.</summary>
sealed class OrderLine
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public Guid OfferId { get; init; }

    public Guid ProductId { get; init; }

    /// <summary>The selling farm: picking lists and earnings group by it.</summary>
    public Guid OrganisationId { get; init; }

    public required string NameZh { get; init; }

    public required string Unit { get; init; }

    public decimal Quantity { get; init; }

    public decimal UnitPrice { get; init; }

    public decimal LineTotal { get; init; }

    /// <summary>Returned to stock by cancellation or a partial refund.</summary>
    public decimal ReturnedQuantity { get; set; }

    /// <summary>The harvest lot it was dispatched from (set at dispatch).</summary>
    public string? LotCode { get; set; }
}

/// <summary>The order lifecycle. Pickup orders end ReadyForPickup → Completed, delivered ones Delivered → Completed.</summary>
static class OrderStatus
{
    public const string Placed = nameof(Placed);
    public const string Paid = nameof(Paid);
    public const string Picking = nameof(Picking);
    public const string Dispatched = nameof(Dispatched);
    public const string ReadyForPickup = nameof(ReadyForPickup);
    public const string Delivered = nameof(Delivered);
    public const string Completed = nameof(Completed);
    public const string Cancelled = nameof(Cancelled);
    public const string Refunded = nameof(Refunded);

    public static IReadOnlyList<string> All { get; } = [Placed, Paid, Picking, Dispatched, ReadyForPickup, Delivered, Completed, Cancelled, Refunded];
}

/// <summary>Every status change with who made it: the order's history page and disputes read it.</summary>
sealed class OrderEvent
{
    public long Id { get; init; }

    public Guid OrderId { get; init; }

    public required string Status { get; init; }

    public Guid? ByUserId { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>Money paid back on an order (a cancellation, a complaint, an expired pickup, a pre-sale shortfall).</summary>
sealed class OrderRefund
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public decimal Amount { get; init; }

    public required string Reason { get; init; }

    /// <summary>Whether the refunded quantities went back on sale (refunded before dispatch) or were written off.</summary>
    public bool StockReturned { get; init; }

    public Guid? ByUserId { get; init; }

    public string? IdempotencyKey { get; init; }

    public byte[]? RequestHash { get; init; }

    public DateTimeOffset At { get; init; }

    public List<OrderRefundLine> Lines { get; init; } = [];
}

/// <summary>A quantity of one order line that a refund paid back.</summary>
sealed class OrderRefundLine
{
    public Guid RefundId { get; init; }

    public Guid LineId { get; init; }

    public decimal Quantity { get; init; }
}
