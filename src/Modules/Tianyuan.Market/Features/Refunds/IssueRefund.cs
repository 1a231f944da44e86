namespace Tianyuan.Market.Features.Refunds;

using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Lifecycle;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;
using Tianyuan.Market.Stock;

/// <summary>
/// POST /api/market/orders/{id}/refunds {"lines":[{"lineId":…, "quantity":0.5}], "amount":6.40, "reason":"…"}: the
/// seller or an operator pays money back on a paid order, for some quantities or none (a price adjustment). Before
/// dispatch the quantities go back on sale; after it they are written off (the answer says which). The amount is at
/// most what was paid minus what was refunded, computed in C# (SQLite keeps money as text). Paying back the rest
/// makes the order Refunded, and an undispatched order then returns all its stock. Everything in one transaction,
/// and the order row changes only if no other refund got in since it was read. Idempotency-Key honoured.
/// </summary>
static class IssueRefund
{
    public sealed record LineRequest(Guid? LineId, decimal? Quantity);

    public sealed record Request(IReadOnlyList<LineRequest>? Lines, decimal? Amount, string? Reason);

    public const int MaxReason = 40;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders/{id:guid}/refunds", async (Guid id, Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ClaimsPrincipal user, MarketDb db, IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, idempotencyKey, user, db, t, mt, clock, ct)).ToHttpResult(r => $"/api/market/orders/{id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(IssueRefund))
            .WithSummary("Refund part or all of a paid order; stock returns only if it was not dispatched yet.")
            .Produces<RefundView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<RefundView>> ExecuteAsync(Guid id, Request request, string? key, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<OrdersText> t, IStringLocalizer<MarketText> mt, TimeProvider clock, CancellationToken ct)
    {
        if (key is { Length: 0 or > 100 })
            return Outcome<RefundView>.Invalid("Idempotency-Key", mt["IdempotencyKeyInvalid", 100]);
        var (order, relation) = await OrderAccess.FindAsync(db, user, id, ct);
        if (order is null || relation == OrderAccess.Relation.None)
            return Outcome<RefundView>.NotFound(mt["OrderNotFound", id]);
        if (relation is not (OrderAccess.Relation.Seller or OrderAccess.Relation.Operator))
            return Outcome<RefundView>.Forbidden(t["OnlySeller"]);
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request));
        if (key is not null && await FindRetryAsync(db, id, key, hash, t, ct) is { } retry)
            return retry;

        var writtenOff = await WrittenOffAsync(db, id, ct);
        var errors = Validate(request, order, writtenOff, t);
        if (errors.Count > 0)
            return Outcome<RefundView>.Invalid(errors);
        if (order.Status is OrderStatus.Cancelled or OrderStatus.Refunded)
            return Outcome<RefundView>.Conflict("order-wrong-state", t["WrongState", mt["Status_" + order.Status]], "status");
        if (order.PaidAt is null)
            return Outcome<RefundView>.Unprocessable("order-not-paid", t["RefundNotPaid"], "amount");
        var amount = request.Amount!.Value;
        var left = order.Total - order.Refunded;
        if (amount > left)
            return Outcome<RefundView>.Unprocessable("refund-too-much", t["RefundTooMuch", Money.Yuan(left)], "amount");

        var now = clock.GetUtcNow();
        var full = amount == left;
        var restock = !order.Shipped;
        var lines = (request.Lines ?? []).Select(l => (Line: order.Lines.Single(o => o.Id == l.LineId), Quantity: l.Quantity!.Value)).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Orders.Where(o => o.Id == id && o.Status == order.Status && o.RefundCount == order.RefundCount)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Refunded, order.Refunded + amount)
                .SetProperty(o => o.RefundCount, order.RefundCount + 1)
                .SetProperty(o => o.Status, full ? OrderStatus.Refunded : order.Status), ct);
        if (changed == 0)
        {
            // Another refund or step got in first: decide again against the order as it is now.
            await tx.RollbackAsync(ct);
            return await ExecuteAsync(id, request, key, user, db, t, mt, clock, ct);
        }

        if (restock)
            await ReturnStockAsync(db, order, lines, everything: full, ct);
        var refund = new OrderRefund
        {
            Id = Guid.CreateVersion7(now), OrderId = id, Amount = amount, Reason = request.Reason!.Trim(),
            StockReturned = restock && (lines.Count > 0 || full),
            ByUserId = user.UserId(), IdempotencyKey = key, RequestHash = key is null ? null : hash, At = now,
            Lines = [.. lines.Select(l => new OrderRefundLine { LineId = l.Line.Id, Quantity = l.Quantity })],
        };
        db.Refunds.Add(refund);
        db.OrderEvents.Add(new OrderEvent
        {
            OrderId = id, Status = full ? OrderStatus.Refunded : order.Status, ByUserId = user.UserId(), At = now,
            Note = t["RefundNote", Money.Yuan(amount), refund.Reason].Value,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation() && key is not null)
        {
            // The same request, retried, got in first.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await FindRetryAsync(db, id, key, hash, t, ct) ?? Outcome<RefundView>.Conflict("refund-retry", t["RefundRetry"]);
        }

        return Outcome<RefundView>.Created(RefundView.From(refund, StockText(refund, t), await OrderStep.ViewAsync(db, id, ct)));
    }

    static Dictionary<string, string[]> Validate(Request request, Order order, IReadOnlyDictionary<Guid, decimal> writtenOff, IStringLocalizer<OrdersText> t)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Amount is not { } amount || amount <= 0 || Math.Round(amount, 2) != amount)
            errors["amount"] = [t["RefundAmount"]];
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > MaxReason)
            errors["reason"] = [t["RefundReason", MaxReason]];
        var lines = request.Lines ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = order.Lines.FirstOrDefault(l => l.Id == lines[i]?.LineId);
            if (line is null || lines.Take(i).Any(l => l?.LineId == line.Id))
            {
                errors[$"lines[{i}].lineId"] = [t["RefundLineUnknown"]];
                continue;
            }

            var open = line.Quantity - line.ReturnedQuantity - writtenOff.GetValueOrDefault(line.Id);
            if (lines[i].Quantity is not { } q || q <= 0 || Math.Round(q, SaleQuantity.Decimals) != q || q > open)
                errors[$"lines[{i}].quantity"] = [t["RefundQuantity", open, line.Unit]];
        }

        return errors;
    }

    /// <summary>Quantities of each line already refunded after dispatch (written off, so not in ReturnedQuantity).</summary>
    static async Task<Dictionary<Guid, decimal>> WrittenOffAsync(MarketDb db, Guid orderId, CancellationToken ct)
    {
        var rows = await db.RefundLines.AsNoTracking()
            .Where(l => db.Refunds.Any(r => r.Id == l.RefundId && r.OrderId == orderId && !r.StockReturned)).ToListAsync(ct);
        return rows.GroupBy(l => l.LineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
    }

    /// <summary>Before dispatch: the refunded quantities (or, for a full refund, everything still reserved) go back on sale.</summary>
    static async Task ReturnStockAsync(MarketDb db, Order order, IReadOnlyList<(OrderLine Line, decimal Quantity)> lines, bool everything, CancellationToken ct)
    {
        foreach (var line in order.Lines.OrderBy(l => l.OfferId))
        {
            var back = everything ? line.Quantity - line.ReturnedQuantity : lines.Where(l => l.Line.Id == line.Id).Sum(l => l.Quantity);
            if (back <= 0)
                continue;
            await StockLedger.ReleaseAsync(db, line.OfferId, back, ct);
            await db.OrderLines.Where(l => l.Id == line.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.ReturnedQuantity, l => l.ReturnedQuantity + back), ct);
        }
    }

    public static string StockText(OrderRefund refund, IStringLocalizer<OrdersText> t) =>
        refund.StockReturned ? t["RefundStockReturned"] : refund.Lines.Count == 0 ? t["RefundMoneyOnly"] : t["RefundWrittenOff"];

    static async Task<Outcome<RefundView>?> FindRetryAsync(MarketDb db, Guid orderId, string key, byte[] hash, IStringLocalizer<OrdersText> t, CancellationToken ct)
    {
        var earlier = await db.Refunds.AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.OrderId == orderId && r.IdempotencyKey == key, ct);
        if (earlier is null)
            return null;
        if (!CryptographicOperations.FixedTimeEquals(earlier.RequestHash, hash))
            return Outcome<RefundView>.Unprocessable("idempotency-key-reused", t["IdempotencyKeyReused"], "Idempotency-Key");
        return Outcome<RefundView>.Created(RefundView.From(earlier, StockText(earlier, t), await OrderStep.ViewAsync(db, orderId, ct)));
    }
}
