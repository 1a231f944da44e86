namespace Tianyuan.Market.Features.Lifecycle;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/orders/{id}/delivered: a delivery order reached the customer (Dispatched → Delivered). Pickup
/// orders are handed over by the group-buy leader at the point instead (ReadyForPickup), so they are refused here.
/// </summary>
static class MarkDelivered
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/delivered", async (Guid id, ClaimsPrincipal user, MarketDb db, IStringLocalizer<OrdersText> t,
                IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(id, user, db, t, mt, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(MarkDelivered))
            .Produces<OrderView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static Task<Outcome<OrderView>> ExecuteAsync(Guid id, ClaimsPrincipal user, MarketDb db, IStringLocalizer<OrdersText> t,
        IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct)
    {
        var rule = new OrderStep.Rule(OrderStatus.Delivered, [OrderStatus.Dispatched], OrderStep.Actor.Seller,
            Refusal: order => order.PickupPointId is null ? null : t["PickupNotDelivered"].Value);
        return OrderStep.RunAsync(id, rule, user, db, t, mt, clock, ct);
    }
}
