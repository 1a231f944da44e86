namespace Tianyuan.Market.Features.Invoices;

using Tianyuan.Market.Domain;

/// <summary>A fapiao request and, once issued, its number and date.</summary>
sealed record InvoiceView(Guid OrderId, string TitleKind, string Title, string? TaxpayerId, string Email, bool Special,
    string? Address, string? Phone, string? BankName, string? BankAccount, bool Issued, string? InvoiceNumber, DateOnly? IssuedOn)
{
    public static InvoiceView From(OrderInvoice i) => new(i.OrderId, i.TitleKind, i.Title, i.TaxpayerId, i.Email, i.Special,
        i.Address, i.Phone, i.BankName, i.BankAccount, i.InvoiceNumber is not null, i.InvoiceNumber, i.IssuedOn);
}
