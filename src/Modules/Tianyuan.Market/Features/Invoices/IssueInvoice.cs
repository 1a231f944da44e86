namespace Tianyuan.Market.Features.Invoices;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/orders/{id}/invoice/issued {"number":"…","issuedOn":"2026-11-26"}: the seller records the fapiao it
/// issued (8-digit classic or 20-digit fully digital number). Recorded once: the update only applies to an unissued
/// request; the same number again answers 200, a different one 409.
/// </summary>
static class IssueInvoice
{
    public sealed record Request(string? Number, DateOnly? IssuedOn);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/invoice/issued", async (Guid id, Request request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, user, db, t, mt, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(IssueInvoice))
            .WithSummary("The seller records the number and date of the fapiao it issued.")
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
        if (relation is not (OrderAccess.Relation.Seller or OrderAccess.Relation.Operator))
            return Outcome<InvoiceView>.Forbidden(t["OnlySeller"]);
        var number = request.Number?.Trim();
        var errors = new Dictionary<string, string[]>();
        if (number is not ({ Length: 8 } or { Length: 20 }) || !number.All(char.IsAsciiDigit))
            errors["number"] = [t["InvoiceNumber"]];
        var today = clock.Today();
        var ordered = DateOnly.FromDateTime(order.CreatedAt.ToChinaTime().DateTime);
        if (request.IssuedOn is not { } issuedOn || issuedOn > today || issuedOn < ordered)
            errors["issuedOn"] = [t["InvoiceIssuedOn"]];
        if (errors.Count > 0)
            return Outcome<InvoiceView>.Invalid(errors);

        var changed = await db.Invoices.Where(i => i.OrderId == id && i.InvoiceNumber == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.InvoiceNumber, number).SetProperty(i => i.IssuedOn, request.IssuedOn)
                .SetProperty(i => i.IssuedAt, clock.GetUtcNow()), ct);
        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.OrderId == id, ct);
        if (invoice is null)
            return Outcome<InvoiceView>.Conflict("invoice-not-requested", t["InvoiceNotRequested"]);
        if (changed == 0 && invoice.InvoiceNumber != number)
            return Outcome<InvoiceView>.Conflict("invoice-issued", t["InvoiceAlreadyIssued", invoice.InvoiceNumber!]);
        return Outcome<InvoiceView>.Ok(InvoiceView.From(invoice));
    }
}
