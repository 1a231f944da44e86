namespace Tianyuan.Market.Domain;

/// <summary>
/// The fapiao (发票) a customer asked for on an order, and once the cooperative issued it through the tax system,
/// its number and date. We only carry the data: the electronic invoice itself is made and e-mailed by the seller.
/// </summary>
sealed class OrderInvoice
{
    public Guid OrderId { get; init; }

    /// <summary>抬头类型: <see cref="InvoiceTitleKind"/>.</summary>
    public required string TitleKind { get; set; }

    /// <summary>抬头: the person's name or the company's registered name.</summary>
    public required string Title { get; set; }

    /// <summary>纳税人识别号 (统一社会信用代码), companies only.</summary>
    public string? TaxpayerId { get; set; }

    public required string Email { get; set; }

    /// <summary>A special VAT invoice (增值税专用发票) also needs the company's registered address, phone and bank.</summary>
    public bool Special { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? BankName { get; set; }

    public string? BankAccount { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public string? InvoiceNumber { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateTimeOffset? IssuedAt { get; set; }
}

static class InvoiceTitleKind
{
    public const string Personal = "personal";
    public const string Company = "company";
}
