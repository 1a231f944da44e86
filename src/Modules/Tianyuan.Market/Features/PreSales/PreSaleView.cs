namespace Tianyuan.Market.Features.PreSales;

using Tianyuan.Market.Domain;

/// <summary>A pre-sale as shoppers see it; Committed is the demand so far.</summary>
sealed record PreSaleView(
    Guid Id, Guid OrganisationId, string RegionCode, string ProductName, string? Variety, string Unit, decimal ExpectedYield, decimal Step,
    decimal PricePerUnit, decimal DepositPerUnit, DateTimeOffset OrderOpensAt, DateTimeOffset OrderClosesAt, DateOnly DeliveryFrom,
    DateOnly DeliveryUntil, decimal MaxPerCustomer, decimal Committed, string Status, decimal? ActualYield)
{
    public static PreSaleView From(PreSale p) => new(
        p.Id, p.OrganisationId, p.RegionCode, p.ProductName, p.Variety, p.Unit, p.ExpectedYield, p.Step, p.PricePerUnit, p.DepositPerUnit,
        p.OrderOpensAt, p.OrderClosesAt, p.DeliveryFrom, p.DeliveryUntil, p.MaxPerCustomer, p.Committed, p.Status, p.ActualYield);
}

/// <summary>One pre-order: the quantity, the deposit, and after harvest what is delivered, due and refunded.</summary>
sealed record PreOrderView(Guid Id, Guid PreSaleId, decimal Quantity, decimal Deposit, string PaymentMethod, decimal? FulfilledQuantity,
    decimal? BalanceDue, decimal? DepositRefund, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt)
{
    public static PreOrderView From(PreOrder p) =>
        new(p.Id, p.PreSaleId, p.Quantity, p.Deposit, p.PaymentMethod, p.FulfilledQuantity, p.BalanceDue, p.DepositRefund, p.CreatedAt, p.DeliveredAt);
}
