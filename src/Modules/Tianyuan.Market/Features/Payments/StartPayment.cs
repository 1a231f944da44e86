namespace Tianyuan.Market.Features.Payments;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Payments;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/orders/{id}/payments: the customer starts paying with the order's method and gets the next
/// step (transfer instructions with the order number as reference, "pay the leader at pickup", or the sandbox's
/// hosted page). Only an unpaid, placed order can be paid; anything else is 409 naming its status.
/// </summary>
static class StartPayment
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/payments", async (Guid id, ClaimsPrincipal user, MarketDb db, IEnumerable<IPaymentProvider> providers,
                IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, providers, t, mt, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(StartPayment))
            .WithSummary("Start paying an order with its payment method; returns what the customer does next.")
            .Produces<PaymentStep>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<PaymentStep>> ExecuteAsync(Guid id, ClaimsPrincipal user, MarketDb db, IEnumerable<IPaymentProvider> providers,
        IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, CancellationToken ct)
    {
        var (order, relation) = await OrderAccess.FindAsync(db, user, id, ct);
        if (order is null || relation == OrderAccess.Relation.None)
            return Outcome<PaymentStep>.NotFound(mt["OrderNotFound", id]);
        if (relation != OrderAccess.Relation.Customer)
            return Outcome<PaymentStep>.Forbidden(t["OnlyCustomerPays"]);
        if (order.PaidAt is not null)
            return Outcome<PaymentStep>.Conflict("order-already-paid", t["AlreadyPaid"]);
        if (order.Status != OrderStatus.Placed)
            return Outcome<PaymentStep>.Conflict("order-wrong-state", t["WrongState", mt["Status_" + order.Status]]);
        var provider = providers.Single(p => p.Name == order.PaymentMethod);
        return Outcome<PaymentStep>.Ok(await provider.StartAsync(order, ct));
    }
}
