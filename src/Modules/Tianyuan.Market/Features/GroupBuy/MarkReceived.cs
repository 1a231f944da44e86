namespace Tianyuan.Market.Features.GroupBuy;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;
using Tianyuan.Market.Stock;

/// <summary>
/// POST /api/market/points/{pointId}/campaigns/{campaignId}/received: the goods arrived at the point; its orders of the
/// campaign become ReadyForPickup and customers can collect. Orders still in Picking (no dispatch step recorded) use up
/// their stock reservation here, as dispatch would have: the goods have left the farm. Conditional on the status read,
/// so a double tap moves and consumes each order once.
/// </summary>
static class MarkReceived
{
    public sealed record Response(Guid CampaignId, Guid PointId, int Received, int ReadyForPickup);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/points/{pointId:guid}/campaigns/{campaignId:guid}/received", async (Guid pointId, Guid campaignId, ClaimsPrincipal user,
                MarketDb db, IStringLocalizer<GroupBuyText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(pointId, campaignId, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(MarkReceived))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid pointId, Guid campaignId, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<GroupBuyText> t, TimeProvider clock, CancellationToken ct)
    {
        var (_, refusal) = await PointAccess.RunAsync<Response>(db, user, pointId, t, ct);
        if (refusal is not null)
            return refusal;
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
            return Outcome<Response>.NotFound(t["CampaignNotFound", campaignId]);
        if (campaign.Status != CampaignStatus.Frozen)
            return Outcome<Response>.Conflict("campaign-not-frozen", t["ReceivedBeforeCutOff"]);

        var now = clock.GetUtcNow();
        var arriving = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.CampaignId == campaignId && o.PickupPointId == pointId && (o.Status == OrderStatus.Picking || o.Status == OrderStatus.Dispatched))
            .ToListAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var consumed = new Dictionary<Guid, decimal>();
        foreach (var order in arriving)
        {
            if (await db.Orders.Where(o => o.Id == order.Id && o.Status == order.Status)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.ReadyForPickup), ct) == 0)
                continue;
            db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, Status = OrderStatus.ReadyForPickup, ByUserId = user.UserId(), At = now });
            if (order.Status != OrderStatus.Picking)
                continue;
            foreach (var line in order.Lines.Where(l => l.Quantity > l.ReturnedQuantity))
                consumed[line.OfferId] = consumed.GetValueOrDefault(line.OfferId) + line.Quantity - line.ReturnedQuantity;
        }

        foreach (var (offerId, quantity) in consumed.OrderBy(c => c.Key))
            await StockLedger.ConsumeAsync(db, offerId, quantity, ct);
        var received = db.ChangeTracker.Entries<OrderEvent>().Count();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var ready = await db.Orders.CountAsync(o => o.CampaignId == campaignId && o.PickupPointId == pointId && o.Status == OrderStatus.ReadyForPickup, ct);
        return Outcome<Response>.Ok(new Response(campaignId, pointId, received, ready));
    }
}
