namespace Tianyuan.Market.Features.Catalogue;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Ui;
using Tianyuan.Market.Data;

/// <summary>
/// GET /api/market/seller/products?q=&amp;page=: the products of the farms and cooperatives the user sells for (and,
/// for operators, of their regions), published or not, with every offer's stock.
/// </summary>
static class ListSellerProducts
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/seller/products", async (string? q, int? page, ClaimsPrincipal user, MarketDb db, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(user, q, page, db, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListSellerProducts))
            .Produces<PagedList<GetProduct.ProductView>>();

    public static async Task<PagedList<GetProduct.ProductView>> ExecuteAsync(ClaimsPrincipal user, string? q, int? page, MarketDb db, CancellationToken ct)
    {
        var paging = Paging.From(page, Paging.DefaultSize);
        var mine = db.Products.AsNoTracking().WithinScopeOf(user, p => p.RegionCode, p => p.OrganisationId, MarketAccess.SellerRoles);
        if (!string.IsNullOrWhiteSpace(q))
            mine = mine.Where(p => p.NameZh.Contains(q.Trim()));
        var total = await mine.CountAsync(ct);
        var products = await mine.OrderBy(p => p.NameZh).ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.Size).Include(p => p.Offers).ToListAsync(ct);
        return new PagedList<GetProduct.ProductView>([.. products.Select(GetProduct.View)], paging.Page, paging.Size, total);
    }
}
