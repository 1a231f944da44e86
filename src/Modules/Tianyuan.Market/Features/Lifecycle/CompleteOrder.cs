namespace Tianyuan.Market.Features.Lifecycle;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>POST /api/market/orders/{id}/complete: the customer confirms receipt of a delivered order (Delivered → Completed); it then counts as the seller's earnings.</summary>
static class CompleteOrder
{
    static readonly OrderStep.Rule Rule = new(OrderStatus.Completed, [OrderStatus.Delivered], OrderStep.Actor.Customer);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/complete", async (Guid id, ClaimsPrincipal user, MarketDb db, IStringLocalizer<OrdersText> t,
                IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(id, user, db, t, mt, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CompleteOrder))
            .Produces<OrderView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static Task<Outcome<OrderView>> ExecuteAsync(Guid id, ClaimsPrincipal user, MarketDb db, IStringLocalizer<OrdersText> t,
        IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) => OrderStep.RunAsync(id, Rule, user, db, t, mt, clock, ct);
}
