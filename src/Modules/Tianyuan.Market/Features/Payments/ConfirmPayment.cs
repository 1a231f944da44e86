namespace Tianyuan.Market.Features.Payments;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Features.Lifecycle;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Payments;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/orders/{id}/payments/confirm: the seller (or an operator) saw the bank transfer, or took the
/// money at hand-over, and marks the order paid. Online payments are confirmed only by their provider's webhook.
/// A second confirmation is a 409, never a second payment.
/// </summary>
static class ConfirmPayment
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/payments/confirm", async (Guid id, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, t, mt, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ConfirmPayment))
            .WithSummary("The seller confirms a bank transfer (or money taken at pickup) arrived: the order is paid.")
            .Produces<OrderView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<OrderView>> ExecuteAsync(Guid id, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct)
    {
        var (order, relation) = await OrderAccess.FindAsync(db, user, id, ct);
        if (order is null || relation == OrderAccess.Relation.None)
            return Outcome<OrderView>.NotFound(mt["OrderNotFound", id]);
        if (relation is not (OrderAccess.Relation.Seller or OrderAccess.Relation.Operator))
            return Outcome<OrderView>.Forbidden(t["OnlySeller"]);
        if (order.PaymentMethod == PaymentMethods.Sandbox)
            return Outcome<OrderView>.Unprocessable("payment-online", t["PaidOnlineOnly"], "paymentMethod");
        if (order.PaidAt is not null)
            return Outcome<OrderView>.Conflict("order-already-paid", t["AlreadyPaid"]);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await OrderPayments.MarkPaidAsync(db, id, user.UserId(), t["ConfirmedBySeller", order.PaymentMethod], clock.GetUtcNow(), ct))
            return Outcome<OrderView>.Conflict("order-not-payable", t["WrongState", mt["Status_" + order.Status]]);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<OrderView>.Ok(await OrderStep.ViewAsync(db, id, ct));
    }
}
