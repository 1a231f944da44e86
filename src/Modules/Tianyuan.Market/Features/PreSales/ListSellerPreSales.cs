namespace Tianyuan.Market.Features.PreSales;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Ui;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>
/// GET /api/market/seller/presales?page=: the pre-sales of the user's farms and cooperatives (harvested ones too, so
/// a seller can look back on a season), newest first, paged, each with where it stands and how many pre-orders it has.
/// </summary>
static class ListSellerPreSales
{
    /// <summary>A pre-sale on the seller's list; State is one of <see cref="States"/>.</summary>
    public sealed record Row(PreSaleView PreSale, string State, int PreOrders);

    /// <summary>Where a pre-sale stands, derived rather than stored: the order window moves with the clock.</summary>
    public static class States
    {
        public const string Upcoming = "upcoming";
        public const string Open = "open";
        public const string Closed = "closed";
        public const string Harvested = "harvested";
    }

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/seller/presales", async (int? page, ClaimsPrincipal user, MarketDb db, TimeProvider clock, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(user, page, db, clock, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListSellerPreSales))
            .Produces<PagedList<Row>>();

    public static async Task<PagedList<Row>> ExecuteAsync(ClaimsPrincipal user, int? page, MarketDb db, TimeProvider clock, CancellationToken ct)
    {
        var paging = Paging.From(page, Paging.DefaultSize);
        var organisations = MarketAccess.SellingOrganisations(user);
        var mine = db.PreSales.AsNoTracking().Where(p => organisations.Contains(p.OrganisationId));
        var total = await mine.CountAsync(ct);
        // The pre-order count rides along as a subquery, so a page is one round trip however many rows it has.
        var rows = await mine.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Skip(paging.Skip).Take(paging.Size)
            .Select(p => new { PreSale = p, PreOrders = db.PreOrders.Count(o => o.PreSaleId == p.Id) })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return new PagedList<Row>([.. rows.Select(r => new Row(PreSaleView.From(r.PreSale), StateOf(r.PreSale, now), r.PreOrders))],
            paging.Page, paging.Size, total);
    }

    static string StateOf(PreSale p, DateTimeOffset now) =>
        p.Status == PreSaleStatus.Allocated ? States.Harvested
        : now >= p.OrderClosesAt ? States.Closed
        : now < p.OrderOpensAt ? States.Upcoming
        : States.Open;
}
