namespace Tianyuan.Market.Features.Orders;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Ui;
using Tianyuan.Market.Data;

/// <summary>GET /api/market/orders?page=: the signed-in customer's orders, newest first.</summary>
static class ListMyOrders
{
    public const int PageSize = 20;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/orders", async (int? page, ClaimsPrincipal user, MarketDb db, CancellationToken ct) =>
                Results.Ok(await ExecuteAsync(user.UserId()!.Value, page, db, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListMyOrders))
            .Produces<PagedList<OrderView>>();

    public static async Task<PagedList<OrderView>> ExecuteAsync(Guid customerId, int? page, MarketDb db, CancellationToken ct)
    {
        var paging = Paging.From(page, PageSize);
        var mine = db.Orders.AsNoTracking().Where(o => o.CustomerUserId == customerId);
        var total = await mine.CountAsync(ct);
        var orders = await mine.OrderByDescending(o => o.CreatedAt).Skip(paging.Skip).Take(paging.Size).Include(o => o.Lines).ToListAsync(ct);
        return new PagedList<OrderView>([.. orders.Select(OrderView.From)], paging.Page, paging.Size, total);
    }
}
