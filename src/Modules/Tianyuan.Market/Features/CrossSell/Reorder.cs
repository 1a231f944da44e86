namespace Tianyuan.Market.Features.CrossSell;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/r/{parcelToken}/reorder ("再来一单"): the order's customer orders the same products again, still
/// on sale, to the same pickup point or address, with the repurchase coupon while it is unused. It is an ordinary
/// PlaceOrder (stock, limits and coupon rules all apply); the form's nonce is the Idempotency-Key, so a double tap
/// orders once.
/// </summary>
static class Reorder
{
    public sealed record Request(string? Nonce);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/r/{token}/reorder", async (string token, Request? request, ClaimsPrincipal user, MarketDb db,
                Regions.Contracts.IOrganisationDirectory organisations, IStringLocalizer<MarketText> t, IStringLocalizer<CrossSellText> x,
                TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(token, request?.Nonce, user, db, organisations, t, x, clock, ct)).ToHttpResult(o => $"/api/market/orders/{o.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(Reorder))
            .WithSummary("Order a parcel's products again with its repurchase coupon (the parcel's customer only).")
            .Produces<OrderView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<OrderView>> ExecuteAsync(string token, string? nonce, ClaimsPrincipal user, MarketDb db,
        Regions.Contracts.IOrganisationDirectory organisations, IStringLocalizer<MarketText> t, IStringLocalizer<CrossSellText> x,
        TimeProvider clock, CancellationToken ct)
    {
        var page = await GetRepurchase.ExecuteAsync(token, db, organisations, x, clock, ct);
        // Someone else's parcel is as good as no parcel: no hint that the token exists.
        if (page.Value is not { } view || view.CustomerUserId != user.UserId())
            return Outcome<OrderView>.NotFound(x["ParcelNotFound"]);
        var key = nonce is { Length: > 0 and <= 60 } ? $"reorder:{nonce}" : null;
        // The request is rebuilt from the parcel each time (the coupon is gone once used), so a retried tap is
        // matched by its key alone rather than by PlaceOrder's same-body check.
        var me = view.CustomerUserId;
        if (key is not null && await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.CustomerUserId == me && o.IdempotencyKey == key, ct) is { } earlier)
            return Outcome<OrderView>.Created(OrderView.From(earlier));
        var lines = view.Items.Where(i => i.OnSale).Select(i => new PlaceOrder.Line(i.OfferId, i.Quantity, i.Unit)).ToList();
        if (lines.Count == 0)
            return Outcome<OrderView>.Conflict("nothing-on-sale", x["NothingOnSale"]);
        var original = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == view.OrderId, ct);
        var request = new PlaceOrder.Request(lines, null, original.PickupPointId, original.PaymentMethod, original.ContactName,
            original.ContactPhone, original.DeliveryAddress, view.CouponUsed ? null : [view.Coupon.Code]);
        return await PlaceOrder.ExecuteAsync(request, key, user, db, t, x, clock, ct);
    }
}
