namespace Tianyuan.Market.Features.Lifecycle;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// One move along the order lifecycle (Placed → Paid → Picking → Dispatched → ReadyForPickup/Delivered → Completed),
/// shared by the step endpoints: who may make it, from which statuses, and what else happens in its transaction.
/// The status changes by an UPDATE conditional on the status read, so a double tap or two sellers at once move it
/// once; the second sees the new status and gets the order back unchanged. Any other status is a 409 naming it.
/// </summary>
static class OrderStep
{
    public enum Actor { Seller, Customer }

    /// <param name="Refusal">A reason this order cannot take the step even in the right status (a pickup order cannot be "delivered").</param>
    /// <param name="During">Work inside the step's transaction (dispatch consumes stock).</param>
    public sealed record Rule(string To, IReadOnlyList<string> From, Actor By,
        Func<Order, string?>? Refusal = null, Func<MarketDb, Order, TimeProvider, CancellationToken, Task>? During = null);

    public static async Task<Outcome<OrderView>> RunAsync(Guid id, Rule rule, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct)
    {
        var (order, relation) = await OrderAccess.FindAsync(db, user, id, ct);
        if (order is null || relation == OrderAccess.Relation.None)
            return Outcome<OrderView>.NotFound(mt["OrderNotFound", id]);
        var allowed = rule.By == Actor.Customer
            ? relation == OrderAccess.Relation.Customer
            : relation is OrderAccess.Relation.Seller or OrderAccess.Relation.Operator;
        if (!allowed)
            return Outcome<OrderView>.Forbidden(rule.By == Actor.Customer ? t["OnlyCustomer"] : t["OnlySeller"]);
        if (order.Status == rule.To)
            return Outcome<OrderView>.Ok(OrderView.From(order));
        if (!rule.From.Contains(order.Status))
            return Outcome<OrderView>.Conflict("order-wrong-state", t["WrongState", mt["Status_" + order.Status]], "status");
        if (rule.Refusal?.Invoke(order) is { } refusal)
            return Outcome<OrderView>.Unprocessable("order-step-refused", refusal);

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var completedAt = rule.To == OrderStatus.Completed ? now : order.CompletedAt;
        var changed = await db.Orders.Where(o => o.Id == id && o.Status == order.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, rule.To).SetProperty(o => o.CompletedAt, completedAt), ct);
        if (changed == 0)
        {
            // Someone moved it first: answer from what it is now.
            await tx.RollbackAsync(ct);
            return await RunAsync(id, rule, user, db, t, mt, clock, ct);
        }

        if (rule.During is { } during)
            await during(db, order, clock, ct);
        db.OrderEvents.Add(new OrderEvent { OrderId = id, Status = rule.To, ByUserId = user.UserId(), At = now });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<OrderView>.Ok(await ViewAsync(db, id, ct));
    }

    /// <summary>The order as it is in the database now (after ExecuteUpdate, which the change tracker does not see).</summary>
    public static async Task<OrderView> ViewAsync(MarketDb db, Guid id, CancellationToken ct) =>
        OrderView.From(await db.Orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == id, ct));

    /// <summary>The statuses a seller acts in before the goods leave.</summary>
    public static readonly IReadOnlyList<string> BeforePicking = [OrderStatus.Placed, OrderStatus.Paid];
}
