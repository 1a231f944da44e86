namespace Tianyuan.Market.Features.Coupons;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Ui;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>
/// GET /api/market/seller/coupons?page=: the codes the user's farms and cooperatives issued themselves (expired ones
/// too, so a seller can see how a past promotion went), newest first, paged. Repurchase, stayed-here and bundle
/// coupons are issued one per customer by the platform and would bury the farm's own codes, so they are left out.
/// </summary>
static class ListSellerCoupons
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/seller/coupons", async (int? page, ClaimsPrincipal user, MarketDb db, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(user, page, db, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListSellerCoupons))
            .Produces<PagedList<CouponView>>();

    public static async Task<PagedList<CouponView>> ExecuteAsync(ClaimsPrincipal user, int? page, MarketDb db, CancellationToken ct)
    {
        var paging = Paging.From(page, Paging.DefaultSize);
        var organisations = MarketAccess.SellingOrganisations(user);
        var issued = db.Coupons.AsNoTracking()
            .Where(c => c.Source == CouponSource.Seller && c.IssuerOrganisationId != null && organisations.Contains(c.IssuerOrganisationId.Value));
        var total = await issued.CountAsync(ct);
        var coupons = await issued.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
        return new PagedList<CouponView>([.. coupons.Select(CouponView.From)], paging.Page, paging.Size, total);
    }
}
