namespace Tianyuan.Market.Features.PreSales;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Resources;

/// <summary>
/// GET /api/market/presales/{id}: the pre-sale for anyone; the signed-in customer's own pre-order; for the selling
/// farm every pre-order (committed demand against the expected yield, and after harvest the allocation).
/// </summary>
static class GetPreSale
{
    public sealed record View(PreSaleView PreSale, PreOrderView? Mine, bool IsSeller, IReadOnlyList<PreOrderView>? PreOrders);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/presales/{id:guid}", async (Guid id, ClaimsPrincipal user, MarketDb db, IStringLocalizer<PreSaleText> p, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, p, ct)).ToHttpResult())
            .AllowAnonymous()
            .WithName(nameof(GetPreSale))
            .Produces<View>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<View>> ExecuteAsync(Guid id, ClaimsPrincipal user, MarketDb db, IStringLocalizer<PreSaleText> p, CancellationToken ct)
    {
        var preSale = await db.PreSales.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (preSale is null)
            return Outcome<View>.NotFound(p["PreSaleNotFound", id]);
        var me = user.UserId();
        var mine = me is null ? null : await db.PreOrders.AsNoTracking().FirstOrDefaultAsync(o => o.PreSaleId == id && o.CustomerUserId == me, ct);
        var seller = MarketAccess.MaySell(user, preSale.OrganisationId, preSale.RegionCode);
        var all = seller
            ? (await db.PreOrders.AsNoTracking().Where(o => o.PreSaleId == id).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToListAsync(ct)).Select(PreOrderView.From).ToList()
            : null;
        return Outcome<View>.Ok(new View(PreSaleView.From(preSale), mine is null ? null : PreOrderView.From(mine), seller, all));
    }
}
