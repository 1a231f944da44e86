namespace Tianyuan.Market.Domain;

/// <summary>
/// A harvest lot added to an offer's stock (lot code as printed on the crate and used by Trace). Dispatch draws
/// from the lots that expire first, so an order line can name the lot it came from (recall, traceability).
/// </summary>
sealed class StockLot
{
    public Guid Id { get; init; }

    public Guid OfferId { get; init; }

    public required string LotCode { get; init; }

    public DateOnly HarvestedOn { get; init; }

    public DateOnly BestBefore { get; init; }

    /// <summary>How much the lot added, in the offer's unit.</summary>
    public decimal Quantity { get; init; }

    /// <summary>Not yet dispatched from this lot.</summary>
    public decimal Remaining { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
