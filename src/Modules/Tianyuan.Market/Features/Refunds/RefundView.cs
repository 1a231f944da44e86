namespace Tianyuan.Market.Features.Refunds;

using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;

/// <summary>A refund as the API answers it; <see cref="Stock"/> says in words whether the quantities went back on sale or were written off.</summary>
sealed record RefundView(Guid Id, decimal Amount, string Reason, bool StockReturned, string Stock, DateTimeOffset At,
    IReadOnlyList<RefundLineView> Lines, OrderView Order)
{
    public static RefundView From(OrderRefund r, string stock, OrderView order) =>
        new(r.Id, r.Amount, r.Reason, r.StockReturned, stock, r.At, [.. r.Lines.Select(l => new RefundLineView(l.LineId, l.Quantity))], order);
}

sealed record RefundLineView(Guid LineId, decimal Quantity);
