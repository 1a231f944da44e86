namespace Tianyuan.Market.Features.Invoices;

using System.Net.Mail;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// PUT /api/market/orders/{id}/invoice: the customer asks for a fapiao (or corrects the request) until the seller has
/// issued it. A company title needs a valid unified social credit code; a special VAT invoice (专票) also needs the
/// company's registered address, phone, bank and account. The PDF is made by the seller's tax software, not here.
/// </summary>
static class RequestInvoice
{
    public sealed record Request(string? TitleKind, string? Title, string? TaxpayerId, string? Email, bool? Special = null,
        string? Address = null, string? Phone = null, string? BankName = null, string? BankAccount = null);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPut("/orders/{id:guid}/invoice", async (Guid id, Request request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, user, db, t, mt, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RequestInvoice))
            .WithSummary("Ask for a fapiao on an order (title, taxpayer id checked per GB 32100-2015, e-mail).")
            .Produces<InvoiceView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<InvoiceView>> ExecuteAsync(Guid id, Request request, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct)
    {
        var (order, relation) = await OrderAccess.FindAsync(db, user, id, ct);
        if (order is null || relation == OrderAccess.Relation.None)
            return Outcome<InvoiceView>.NotFound(mt["OrderNotFound", id]);
        if (relation != OrderAccess.Relation.Customer)
            return Outcome<InvoiceView>.Forbidden(t["OnlyCustomer"]);
        var errors = Validate(request, t);
        if (errors.Count > 0)
            return Outcome<InvoiceView>.Invalid(errors);
        if (order.Status == OrderStatus.Cancelled)
            return Outcome<InvoiceView>.Conflict("order-wrong-state", t["WrongState", mt["Status_" + order.Status]], "status");

        var invoice = await db.Invoices.FirstOrDefaultAsync(i => i.OrderId == id, ct);
        if (invoice?.InvoiceNumber is not null)
            return Outcome<InvoiceView>.Conflict("invoice-issued", t["InvoiceAlreadyIssued", invoice.InvoiceNumber]);
        var company = request.TitleKind == InvoiceTitleKind.Company;
        var special = company && request.Special == true;
        if (invoice is null)
        {
            invoice = new OrderInvoice { OrderId = id, TitleKind = request.TitleKind!, Title = "", Email = "" };
            db.Invoices.Add(invoice);
        }

        invoice.TitleKind = request.TitleKind!;
        invoice.Title = request.Title!.Trim();
        invoice.TaxpayerId = company ? request.TaxpayerId!.Trim().ToUpperInvariant() : null;
        invoice.Email = request.Email!.Trim();
        invoice.Special = special;
        invoice.Address = special ? request.Address!.Trim() : null;
        invoice.Phone = special ? request.Phone!.Trim() : null;
        invoice.BankName = special ? request.BankName!.Trim() : null;
        invoice.BankAccount = special ? request.BankAccount!.Trim() : null;
        invoice.RequestedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            // The seller issued it (or a second tab saved first) since we read it: answer from what is stored now.
            db.ChangeTracker.Clear();
            var stored = await db.Invoices.AsNoTracking().FirstAsync(i => i.OrderId == id, ct);
            return stored.InvoiceNumber is null
                ? Outcome<InvoiceView>.Conflict("invoice-changed", t["InvoiceChanged"])
                : Outcome<InvoiceView>.Conflict("invoice-issued", t["InvoiceAlreadyIssued", stored.InvoiceNumber]);
        }

        return Outcome<InvoiceView>.Ok(InvoiceView.From(invoice));
    }

    static Dictionary<string, string[]> Validate(Request r, IStringLocalizer<OrdersText> t)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.TitleKind is not (InvoiceTitleKind.Personal or InvoiceTitleKind.Company))
            errors["titleKind"] = [t["InvoiceTitleKind"]];
        if (string.IsNullOrWhiteSpace(r.Title) || r.Title.Trim().Length > 100)
            errors["title"] = [t["InvoiceTitle"]];
        if (r.TitleKind == InvoiceTitleKind.Company && !TaxpayerId.IsValid(r.TaxpayerId?.Trim().ToUpperInvariant()))
            errors["taxpayerId"] = [t["InvoiceTaxpayerId"]];
        if (r.Email is not { Length: <= 254 } email || !MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim())
            errors["email"] = [t["InvoiceEmail"]];
        if (r.Special == true)
        {
            if (r.TitleKind != InvoiceTitleKind.Company)
                errors["special"] = [t["InvoiceSpecialCompany"]];
            Required(r.Address, 200, "address");
            Required(r.BankName, 100, "bankName");
            Required(r.BankAccount, 40, "bankAccount");
            if (r.Phone is not { Length: > 0 } phone || phone.Trim().Length > 20 || !phone.Trim().All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '+'))
                errors["phone"] = [t["InvoicePhone"]];
        }

        return errors;

        void Required(string? value, int max, string field)
        {
            if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > max)
                errors[field] = [t["InvoiceSpecialField", max]];
        }
    }
}
