namespace Tianyuan.Market.Features.Orders;

using Tianyuan.Market.Domain;

/// <summary>An order as its customer, seller or leader sees it through the API.</summary>
sealed record OrderView(
    Guid Id, string Number, string Status, decimal Subtotal, decimal Discount, decimal Total, decimal Refunded,
    string PaymentMethod, bool Paid, Guid? CampaignId, Guid? PickupPointId, string PickupCode, DateTimeOffset CreatedAt,
    IReadOnlyList<OrderLineView> Lines)
{
    public static OrderView From(Order o) => new(
        o.Id, o.Number, o.Status, o.Subtotal, o.Discount, o.Total, o.Refunded, o.PaymentMethod, o.PaidAt is not null,
        o.CampaignId, o.PickupPointId, o.PickupCode, o.CreatedAt,
        [.. o.Lines.Select(l => new OrderLineView(l.Id, l.OfferId, l.NameZh, l.Quantity, l.Unit, l.UnitPrice, l.LineTotal, l.ReturnedQuantity, l.LotCode))]);
}

sealed record OrderLineView(Guid Id, Guid OfferId, string Name, decimal Quantity, string Unit, decimal UnitPrice, decimal LineTotal,
    decimal ReturnedQuantity, string? LotCode);
