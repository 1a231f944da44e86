namespace Tianyuan.Market.Features.Orders;

using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Contracts;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;
using Tianyuan.Market.Stock;

/// <summary>
/// POST /api/market/orders: a signed-in customer orders offers, optionally inside a group-buy campaign for pickup
/// at a point. Prices are taken now; stock is reserved by conditional updates in the same transaction as the order
/// rows, so the order exists exactly when its stock is held. A campaign order also bumps the campaign row only
/// while it is open and before its cut-off: that row is what the cut-off job freezes, so every order is either in
/// the manifest or refused. Coupons or a bundle price come off the subtotal (OrderDiscounts); coupon uses are
/// taken and bundle vouchers issued in the same transaction. A retried request with the same Idempotency-Key gets
/// the first answer again.
/// </summary>
static class PlaceOrder
{
    public sealed record Line(Guid? OfferId, decimal? Quantity, string? Unit);

    /// <summary><paramref name="CouponCodes"/> or <paramref name="BundleId"/> (see OrderDiscounts) take money off the subtotal.</summary>
    public sealed record Request(IReadOnlyList<Line>? Lines, Guid? CampaignId, Guid? PickupPointId,
        string? PaymentMethod = null, string? ContactName = null, string? ContactPhone = null, string? DeliveryAddress = null,
        IReadOnlyList<string?>? CouponCodes = null, Guid? BundleId = null);

    public const int MaxLines = 50;
    public const int MaxKeyLength = 100;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/orders", async (Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ClaimsPrincipal user, MarketDb db, IStringLocalizer<MarketText> t, IStringLocalizer<CrossSellText> x, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, idempotencyKey, user, db, t, x, clock, ct)).ToHttpResult(o => $"/api/market/orders/{o.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(PlaceOrder))
            .WithSummary("Place an order (Idempotency-Key honoured); 409 naming the offer when stock is short.")
            .Produces<OrderView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<OrderView>> ExecuteAsync(Request request, string? idempotencyKey, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<MarketText> t, IStringLocalizer<CrossSellText> x, TimeProvider clock, CancellationToken ct)
    {
        if (user.UserId() is not { } customerId)
            return Outcome<OrderView>.Forbidden(t["SignInToOrder"]);
        if (idempotencyKey is { Length: 0 or > MaxKeyLength })
            return Outcome<OrderView>.Invalid("Idempotency-Key", t["IdempotencyKeyInvalid", MaxKeyLength]);
        var requestHash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request));
        if (idempotencyKey is not null && await FindRetryAsync(db, customerId, idempotencyKey, requestHash, t, ct) is { } retry)
            return retry;

        var now = clock.GetUtcNow();
        var checkedOrder = await OrderRequestCheck.RunAsync(request, db, t, now, ct);
        if (checkedOrder.Failure is { } failure)
            return failure;
        var discounts = await OrderDiscounts.RunAsync(request, checkedOrder.Lines, customerId, db, x, now, ct);
        if (discounts.Failure is { } notApplicable)
            return notApplicable;
        var order = NewOrder(request, checkedOrder, discounts.Discount, customerId, idempotencyKey, requestHash, now);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (request.CampaignId is { } campaignId && !await TakeCampaignSlotAsync(db, campaignId, now, ct))
                return Outcome<OrderView>.Unprocessable("campaign-closed", t["CampaignClosed"], "campaignId");
            // Offers in a fixed order, so two orders for the same offers never wait on each other's rows.
            foreach (var line in checkedOrder.Lines.OrderBy(l => l.Offer.Id))
            {
                if (!await StockLedger.TryReserveAsync(db, line.Offer.Id, line.Quantity, ct))
                    return Outcome<OrderView>.Conflict("out-of-stock",
                        t["OutOfStock", line.Name, QuantityText.Format(line.Quantity, line.Offer.Unit, t)], $"lines[{line.RequestIndex}].offerId");
            }

            if (await OrderDiscounts.CommitAsync(db, discounts, order, x, now, ct) is { } couponTaken)
                return couponTaken;
            db.Orders.Add(order);
            db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, Status = order.Status, ByUserId = customerId, At = now });
            db.Publish(new MarketOrderPlaced(order.Id, customerId,
                [.. order.Lines.Select(l => new MarketOrderLine(l.OfferId, l.ProductId, l.OrganisationId, l.Quantity, l.Unit))], now), clock);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Outcome<OrderView>.Created(OrderView.From(order));
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation() && idempotencyKey is not null)
        {
            // The same request, retried, got in first: answer with what it made.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await FindRetryAsync(db, customerId, idempotencyKey, requestHash, t, ct)
                ?? Outcome<OrderView>.Conflict("order-retry", t["OrderRetry"]);
        }
    }

    /// <summary>Counts the order into an open campaign; false once the cut-off passed or the job froze it.</summary>
    static async Task<bool> TakeCampaignSlotAsync(MarketDb db, Guid campaignId, DateTimeOffset now, CancellationToken ct) =>
        await db.Campaigns
            .Where(c => c.Id == campaignId && c.Status == CampaignStatus.Open && c.CutOffAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.OrderCount, c => c.OrderCount + 1), ct) == 1;

    static Order NewOrder(Request r, OrderRequestCheck.Result c, decimal discount, Guid customerId, string? key, byte[] hash, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        var subtotal = c.Lines.Sum(l => l.LineTotal);
        return new Order
        {
            Id = id, Number = OrderNumbers.For(id, now), CustomerUserId = customerId, CampaignId = r.CampaignId,
            PickupPointId = r.PickupPointId, ContactName = r.ContactName?.Trim(), ContactPhone = r.ContactPhone?.Trim(),
            DeliveryAddress = r.DeliveryAddress?.Trim(), Subtotal = subtotal, Discount = discount, Total = subtotal - discount, PaymentMethod = c.PaymentMethod,
            PickupCode = OrderNumbers.PickupCode(), ParcelToken = OrderNumbers.Token(), IdempotencyKey = key,
            RequestHash = key is null ? null : hash, CreatedAt = now,
            Lines = [.. c.Lines.Select(l => new OrderLine
            {
                Id = Guid.CreateVersion7(now), OrderId = id, OfferId = l.Offer.Id, ProductId = l.Product.Id,
                OrganisationId = l.Product.OrganisationId, NameZh = l.Name, Unit = l.Offer.Unit, Quantity = l.Quantity,
                UnitPrice = l.UnitPrice, LineTotal = l.LineTotal,
            })],
        };
    }

    /// <summary>The order an earlier request with this key made: the same answer again, or 422 if the body differs.</summary>
    static async Task<Outcome<OrderView>?> FindRetryAsync(MarketDb db, Guid customerId, string key, byte[] hash, IStringLocalizer<MarketText> t, CancellationToken ct)
    {
        var earlier = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .FirstOrDefaultAsync(o => o.CustomerUserId == customerId && o.IdempotencyKey == key, ct);
        if (earlier is null)
            return null;
        if (!CryptographicOperations.FixedTimeEquals(earlier.RequestHash, hash))
            return Outcome<OrderView>.Unprocessable("idempotency-key-reused", t["IdempotencyKeyReused"], "Idempotency-Key");
        return Outcome<OrderView>.Created(OrderView.From(earlier));
    }
}
