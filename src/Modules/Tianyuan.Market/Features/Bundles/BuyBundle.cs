namespace Tianyuan.Market.Features.Bundles;

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/bundles/{id}/buy: an ordinary order of the bundle's offers (stock reserved, Idempotency-Key
/// honoured) at the bundle price; the vouchers are issued to the buyer with it (see BundlePricing).
/// </summary>
static class BuyBundle
{
    public sealed record Request(Guid? PickupPointId, string? PaymentMethod = null, string? ContactName = null, string? ContactPhone = null,
        string? DeliveryAddress = null);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/bundles/{id:guid}/buy", async (Guid id, Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ClaimsPrincipal user, MarketDb db, IStringLocalizer<MarketText> t, IStringLocalizer<CrossSellText> x, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, idempotencyKey, user, db, t, x, clock, ct)).ToHttpResult(o => $"/api/market/orders/{o.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(BuyBundle))
            .WithSummary("Buy a bundle: an order of its offers at the bundle price, plus the buyer's voucher codes.")
            .Produces<OrderView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<OrderView>> ExecuteAsync(Guid id, Request r, string? idempotencyKey, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<MarketText> t, IStringLocalizer<CrossSellText> x, TimeProvider clock, CancellationToken ct)
    {
        var items = await db.Set<Domain.BundleItem>().AsNoTracking().Where(i => i.BundleId == id).ToListAsync(ct);
        if (items.Count == 0)
            return Outcome<OrderView>.NotFound(x["BundleNotFound", id]);
        var order = new PlaceOrder.Request([.. items.Select(i => new PlaceOrder.Line(i.OfferId, i.Quantity, null))], null, r.PickupPointId,
            r.PaymentMethod, r.ContactName, r.ContactPhone, r.DeliveryAddress, BundleId: id);
        return await PlaceOrder.ExecuteAsync(order, idempotencyKey, user, db, t, x, clock, ct);
    }
}
