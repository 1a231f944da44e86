namespace Tianyuan.Market.Domain;

using Tianyuan.Kernel;

/// <summary>
/// One way a product is sold: a grade, size or pack, priced per unit of sale, bought in multiples of
/// <see cref="Step"/> from <see cref="MinQuantity"/> (1.5 kg in 0.5 kg steps; 3 斤; 1 box).
/// Stock lives here: <see cref="Available"/> can still be sold, <see cref="Reserved"/> is held by open orders
/// until dispatch (then it leaves) or cancellation (then it returns to Available). Both never go below zero:
/// a check constraint and the conditional update in <c>StockLedger</c> make overselling impossible.
/// </summary>
sealed class Offer
{
    public Guid Id { get; init; }

    public Guid ProductId { get; init; }

    /// <summary>The variant as shoppers read it: "特级 · 单果250g以上 · 5斤礼盒".</summary>
    public required string NameZh { get; set; }

    public string? NameEn { get; set; }

    public string? Grade { get; set; }

    public string? Size { get; set; }

    public string? Packaging { get; set; }

    /// <summary>Unit code (<see cref="Kernel.Unit.Code"/>): kg, 斤, piece, box, ...</summary>
    public required string Unit { get; set; }

    public decimal MinQuantity { get; set; }

    public decimal Step { get; set; }

    /// <summary>CNY per <see cref="Unit"/>.</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>Sellable now, in <see cref="Unit"/>.</summary>
    public decimal Available { get; set; }

    /// <summary>Held by placed orders that have not been dispatched.</summary>
    public decimal Reserved { get; set; }

    public bool Active { get; set; } = true;

    public Kernel.Unit SaleUnit => Kernel.Unit.Parse(Unit);

    public UnitPrice Price => new(Money.Yuan(UnitPrice), SaleUnit);
}
