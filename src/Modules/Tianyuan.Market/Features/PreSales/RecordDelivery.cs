namespace Tianyuan.Market.Features.PreSales;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/presales/{id}/preorders/{preOrderId}/delivered: the farm handed over the allocated quantity and
/// took the balance due. Conditional on not yet delivered, so a double tap records it once.
/// </summary>
static class RecordDelivery
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/presales/{id:guid}/preorders/{preOrderId:guid}/delivered", async (Guid id, Guid preOrderId, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<PreSaleText> p, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, preOrderId, user, db, p, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RecordDelivery))
            .WithSummary("Record that an allocated pre-order was delivered and its balance paid.")
            .Produces<PreOrderView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<PreOrderView>> ExecuteAsync(Guid id, Guid preOrderId, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<PreSaleText> p, TimeProvider clock, CancellationToken ct)
    {
        var preSale = await db.PreSales.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (preSale is null || !await db.PreOrders.AnyAsync(o => o.Id == preOrderId && o.PreSaleId == id, ct))
            return Outcome<PreOrderView>.NotFound(p["PreSaleNotFound", id]);
        if (!MarketAccess.MaySell(user, preSale.OrganisationId, preSale.RegionCode))
            return Outcome<PreOrderView>.Forbidden(p["NotYourPreSale"]);
        if (preSale.Status != PreSaleStatus.Allocated)
            return Outcome<PreOrderView>.Conflict("presale-not-allocated", p["NotAllocatedYet"]);
        var now = clock.GetUtcNow();
        await db.PreOrders.Where(o => o.Id == preOrderId && o.DeliveredAt == null && o.FulfilledQuantity > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.DeliveredAt, now), ct);
        return Outcome<PreOrderView>.Ok(PreOrderView.From(await db.PreOrders.AsNoTracking().FirstAsync(o => o.Id == preOrderId, ct)));
    }
}
