namespace Tianyuan.Market.Features.GroupBuy;

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
/// POST /api/market/points/{pointId}/handovers with {"pickupCode": "123456"} (typed or scanned) or {"orderId": …} (the
/// tick in the list): the customer has their goods. The order is Completed; a pay-at-pickup order is paid now, the
/// leader took the money. An order of another point is refused and left alone; confirming twice answers 200 with
/// the completed order and changes nothing the second time.
/// </summary>
static class HandOver
{
    public sealed record Request(string? PickupCode, Guid? OrderId);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/points/{pointId:guid}/handovers", async (Guid pointId, Request request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<GroupBuyText> t, IStringLocalizer<MarketText> statuses, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(pointId, request, user, db, t, statuses, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(HandOver))
            .Produces<OrderView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<OrderView>> ExecuteAsync(Guid pointId, Request request, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<GroupBuyText> t, IStringLocalizer<MarketText> statuses, TimeProvider clock, CancellationToken ct)
    {
        var code = request.PickupCode?.Trim();
        if (request.OrderId is null && (code is null || code.Length != 6 || !code.All(char.IsAsciiDigit)))
            return Outcome<OrderView>.Invalid("pickupCode", t["PickupCodeInvalid"]);
        var (_, refusal) = await PointAccess.RunAsync<OrderView>(db, user, pointId, t, ct);
        if (refusal is not null)
            return refusal;

        Order? order;
        if (request.OrderId is { } orderId)
        {
            order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, ct);
            if (order is null)
                return Outcome<OrderView>.NotFound(t["OrderNotFound", orderId]);
            if (order.PickupPointId != pointId)
                return Outcome<OrderView>.Conflict("order-at-another-point", t["OrderAtAnotherPoint"], "orderId");
        }
        else
        {
            // Codes are six random digits: unique enough within one point's waiting orders, and a clash asks for the order.
            var matches = await db.Orders.AsNoTracking()
                .Where(o => o.PickupPointId == pointId && o.PickupCode == code && (o.Status == OrderStatus.ReadyForPickup || o.Status == OrderStatus.Completed))
                .OrderBy(o => o.Status == OrderStatus.ReadyForPickup ? 0 : 1).ThenByDescending(o => o.CreatedAt).Take(2).ToListAsync(ct);
            if (matches.Count == 0)
                return Outcome<OrderView>.NotFound(t["PickupCodeUnknown", code!]);
            if (matches.Count == 2 && matches[1].Status == OrderStatus.ReadyForPickup)
                return Outcome<OrderView>.Conflict("pickup-code-ambiguous", t["PickupCodeAmbiguous"], "pickupCode");
            order = matches[0];
        }

        if (order.Status == OrderStatus.Completed)
            return await ViewAsync(db, order.Id, ct);
        if (order.Status != OrderStatus.ReadyForPickup)
            return Outcome<OrderView>.Conflict("order-not-ready", t["OrderNotReady", statuses["Status_" + order.Status]], request.OrderId is null ? "pickupCode" : "orderId");

        var now = clock.GetUtcNow();
        var paysNow = order.PaymentMethod == PaymentMethods.PayAtPickup && order.PaidAt is null;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Orders.Where(o => o.Id == order.Id && o.Status == OrderStatus.ReadyForPickup).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, OrderStatus.Completed).SetProperty(o => o.CompletedAt, now)
            .SetProperty(o => o.PaidAt, paysNow ? now : order.PaidAt), ct);
        if (changed == 1)
        {
            db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, Status = OrderStatus.Completed, ByUserId = user.UserId(), At = now,
                Note = paysNow ? t["PaidToLeaderNote"].Value : null });
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        return await ViewAsync(db, order.Id, ct);
    }

    static async Task<Outcome<OrderView>> ViewAsync(MarketDb db, Guid id, CancellationToken ct) =>
        Outcome<OrderView>.Ok(OrderView.From(await db.Orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == id, ct)));
}
