namespace Tianyuan.Market.Features.Orders;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Resources;

/// <summary>GET /api/market/orders/{id}: the order for anyone involved in it; others get 404, not a hint that it exists.</summary>
static class GetOrder
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/orders/{id:guid}", async (Guid id, ClaimsPrincipal user, MarketDb db, IStringLocalizer<MarketText> t, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetOrder))
            .Produces<OrderView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<OrderView>> ExecuteAsync(Guid id, ClaimsPrincipal user, MarketDb db, IStringLocalizer<MarketText> t, CancellationToken ct)
    {
        var (order, relation) = await OrderAccess.FindAsync(db, user, id, ct);
        if (order is null || relation == OrderAccess.Relation.None)
            return Outcome<OrderView>.NotFound(t["OrderNotFound", id]);
        return Outcome<OrderView>.Ok(OrderView.From(order));
    }
}
