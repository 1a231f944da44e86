namespace Tianyuan.Market.Features.Orders;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;
using Tianyuan.Market.Stock;

/// <summary>
/// POST /api/market/orders/{id}/cancel: the customer (before picking starts, and for a group-buy before its
/// cut-off) or the seller / an operator (until dispatch) cancels; reserved stock returns to sale and anything
/// paid is refunded in full. The status change is conditional on the status read, so a double click or two
/// people cancelling at once return the stock once. Cancelling a cancelled order answers 200 with it.
/// </summary>
static class CancelOrder
{
    public sealed record Request(string? Reason);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/cancel", async (Guid id, Request? request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<MarketText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request?.Reason, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CancelOrder))
            .WithSummary("Cancel an order: stock returns to sale, payments are refunded.")
            .Produces<OrderView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<OrderView>> ExecuteAsync(Guid id, string? reason, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<MarketText> t, TimeProvider clock, CancellationToken ct)
    {
        if (reason is { Length: > 200 })
            return Outcome<OrderView>.Invalid("reason", t["ReasonTooLong"]);
        var (order, relation) = await OrderAccess.FindAsync(db, user, id, ct);
        if (order is null || relation == OrderAccess.Relation.None)
            return Outcome<OrderView>.NotFound(t["OrderNotFound", id]);
        if (relation == OrderAccess.Relation.Leader)
            return Outcome<OrderView>.Forbidden(t["LeaderCannotCancel"]);
        if (order.Status == OrderStatus.Cancelled)
            return Outcome<OrderView>.Ok(OrderView.From(order));
        var customer = relation == OrderAccess.Relation.Customer;
        if (!order.HoldsStock || (customer && order.Status == OrderStatus.Picking))
            return Outcome<OrderView>.Conflict("order-not-cancellable", t["OrderNotCancellable", t["Status_" + order.Status]]);

        switch (await OrderCancellation.ApplyAsync(db, order, customer, user.UserId(), reason?.Trim(), clock, ct))
        {
            case OrderCancellation.Result.Raced:
                // Someone else moved it first; answer with what it is now.
                return await ExecuteAsync(id, reason, user, db, t, clock, ct);
            case OrderCancellation.Result.CampaignFrozen:
                return Outcome<OrderView>.Unprocessable("campaign-frozen", t["CampaignFrozenNoCancel"]);
        }

        var cancelled = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == id, ct);
        return Outcome<OrderView>.Ok(OrderView.From(cancelled));
    }
}
