namespace Tianyuan.Market.Features.PreSales;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Payments;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/presales/{id}/preorders: a customer commits to a quantity and the deposit is recorded as paid
/// through the named payment method (no card form: the sandbox or cash to the farm). One pre-order per customer
/// and pre-sale (a unique key, so a double tap commits once); the committed total is bumped only while the
/// pre-sale is open, in the same transaction.
/// </summary>
static class PlacePreOrder
{
    public sealed record Request(decimal? Quantity, string? PaymentMethod);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/presales/{id:guid}/preorders", async (Guid id, Request request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<PreSaleText> p, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, user, db, p, clock, ct)).ToHttpResult(o => $"/api/market/presales/{id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(PlacePreOrder))
            .WithSummary("Pre-order a quantity of a pre-sale, paying the deposit.")
            .Produces<PreOrderView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<PreOrderView>> ExecuteAsync(Guid id, Request r, ClaimsPrincipal user, MarketDb db, IStringLocalizer<PreSaleText> p,
        TimeProvider clock, CancellationToken ct)
    {
        if (user.UserId() is not { } customer)
            return Outcome<PreOrderView>.Forbidden(p["SignInToPreOrder"]);
        var preSale = await db.PreSales.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (preSale is null)
            return Outcome<PreOrderView>.NotFound(p["PreSaleNotFound", id]);
        var method = r.PaymentMethod ?? PaymentMethods.Sandbox;
        if (!PaymentMethods.IsKnown(method))
            return Outcome<PreOrderView>.Invalid("paymentMethod", p["PaymentMethodUnknown", string.Join(", ", PaymentMethods.All)]);
        if (r.Quantity is not > 0 || r.Quantity % preSale.Step != 0)
            return Outcome<PreOrderView>.Invalid("quantity", p["NotAStep", Quantity.Of(preSale.Step, Unit.Parse(preSale.Unit))]);
        if (r.Quantity > preSale.MaxPerCustomer)
            return Outcome<PreOrderView>.Invalid("quantity", p["AboveMaxPerCustomer", Quantity.Of(preSale.MaxPerCustomer, Unit.Parse(preSale.Unit))]);
        var now = clock.GetUtcNow();
        if (preSale.Status != PreSaleStatus.Open || now >= preSale.OrderClosesAt || now < preSale.OrderOpensAt)
            return Outcome<PreOrderView>.Unprocessable("presale-closed", p["PreSaleClosed"]);

        var quantity = r.Quantity.Value;
        var preOrder = new PreOrder
        {
            Id = Guid.CreateVersion7(now), PreSaleId = id, CustomerUserId = customer, Quantity = quantity,
            Deposit = Money.Yuan(preSale.DepositPerUnit * quantity).RoundToFen().Amount, PaymentMethod = method, DepositPaidAt = now, CreatedAt = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var counted = await db.PreSales.Where(s => s.Id == id && s.Status == PreSaleStatus.Open && s.OrderClosesAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Committed, x => x.Committed + quantity), ct);
        if (counted == 0)
            return Outcome<PreOrderView>.Unprocessable("presale-closed", p["PreSaleClosed"]);
        db.PreOrders.Add(preOrder);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<PreOrderView>.Conflict("preorder-exists", p["AlreadyPreOrdered"], "quantity");
        }

        await tx.CommitAsync(ct);
        return Outcome<PreOrderView>.Created(PreOrderView.From(preOrder));
    }
}
