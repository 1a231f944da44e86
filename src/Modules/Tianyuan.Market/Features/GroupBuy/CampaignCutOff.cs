namespace Tianyuan.Market.Features.GroupBuy;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Market.Contracts;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;
using Tianyuan.Market.Stock;

/// <summary>
/// Freezes one campaign past its cut-off, all in ONE transaction: the conditional update Open → Frozen on the
/// campaign row (the row every campaign order bumps while open, so an order either committed before this and is
/// counted below, or is refused after); points short of the group size get their orders cancelled, refunded and
/// their stock back; the rest move to Picking; the manifest rows are aggregated in SQL; the CampaignFrozen shipment
/// request goes to the outbox. A crash rolls all of it back and leaves the campaign Open for the next run; a second
/// run finds it Frozen and does nothing.
/// </summary>
sealed class CampaignCutOff(MarketDb db, TimeProvider clock, IStringLocalizer<GroupBuyText> t)
{
    static readonly string[] Live = [OrderStatus.Placed, OrderStatus.Paid];

    /// <summary>True when this call froze it.</summary>
    public async Task<bool> FreezeAsync(Guid campaignId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var frozen = await db.Campaigns.Where(c => c.Id == campaignId && c.Status == CampaignStatus.Open && c.CutOffAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Frozen).SetProperty(c => c.FrozenAt, now), ct);
        if (frozen == 0)
            return false;
        var campaign = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == campaignId, ct);

        var live = db.Orders.Where(o => o.CampaignId == campaignId && Live.Contains(o.Status));
        var perPoint = await live.GroupBy(o => o.PickupPointId).Select(g => new { Point = g.Key, Orders = g.Count() }).ToListAsync(ct);
        var shortPoints = perPoint.Where(p => p.Orders < campaign.MinGroupSize).Select(p => p.Point).ToList();
        if (shortPoints.Count > 0)
            await CancelShortGroupsAsync(campaign, shortPoints, now, ct);

        await MoveToPickingAsync(campaignId, now, ct);
        await AggregateManifestAsync(campaignId, ct);
        db.Publish(await ShipmentRequestAsync(campaign, now, ct), clock);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>A point that did not reach the group size: its customers get everything back, the farms their stock.</summary>
    async Task CancelShortGroupsAsync(Campaign campaign, List<Guid?> points, DateTimeOffset now, CancellationToken ct)
    {
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.CampaignId == campaign.Id && points.Contains(o.PickupPointId) && Live.Contains(o.Status)).ToListAsync(ct);
        var released = new Dictionary<Guid, decimal>();
        var cancelled = 0;
        foreach (var order in orders)
        {
            var refund = order.PaidAt is null ? 0m : order.Total - order.Refunded;
            var changed = await db.Orders.Where(o => o.Id == order.Id && o.Status == order.Status).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OrderStatus.Cancelled).SetProperty(o => o.CancelledAt, now)
                .SetProperty(o => o.Refunded, order.Refunded + refund), ct);
            if (changed == 0)
                continue;
            cancelled++;
            foreach (var line in order.Lines.Where(l => l.Quantity > l.ReturnedQuantity))
                released[line.OfferId] = released.GetValueOrDefault(line.OfferId) + line.Quantity - line.ReturnedQuantity;
            db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, Status = OrderStatus.Cancelled, Note = t["GroupTooSmallNote", campaign.MinGroupSize].Value, At = now });
            if (refund > 0)
                db.Refunds.Add(new OrderRefund { Id = Guid.CreateVersion7(now), OrderId = order.Id, Amount = refund, Reason = "group-too-small", At = now });
        }

        var ids = orders.Select(o => o.Id).ToList();
        await db.OrderLines.Where(l => ids.Contains(l.OrderId)).ExecuteUpdateAsync(s => s.SetProperty(l => l.ReturnedQuantity, l => l.Quantity), ct);
        // One update per offer, in a fixed order like PlaceOrder's, so the freeze never waits on an order in a cycle.
        foreach (var (offerId, quantity) in released.OrderBy(r => r.Key))
            await StockLedger.ReleaseAsync(db, offerId, quantity, ct);
        await db.Campaigns.Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.OrderCount, c => c.OrderCount - cancelled), ct);
    }

    /// <summary>Every remaining order goes to the farms for picking, with a history row each (set-based: 50 000 orders are one statement).</summary>
    async Task MoveToPickingAsync(Guid campaignId, DateTimeOffset now, CancellationToken ct)
    {
        // Table names come from the model, values are parameters.
        var events = $$"""
        INSERT INTO {{SqlNames.Table<OrderEvent>(db)}} ("OrderId", "Status", "Note", "At")
        SELECT o."Id", {0}, {1}, {2} FROM {{SqlNames.Table<Order>(db)}} o
        WHERE o."CampaignId" = {3} AND o."Status" IN ({4}, {5})
        """;
        await db.Database.ExecuteSqlRawAsync(events, [OrderStatus.Picking, t["FrozenNote"].Value, SqlNames.Instant(db, now), campaignId, Live[0], Live[1]], ct);
        await db.Orders.Where(o => o.CampaignId == campaignId && Live.Contains(o.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.Picking), ct);
    }

    /// <summary>Per point per offer and per farm per offer, summed in the database over the integer thousandths.</summary>
    async Task AggregateManifestAsync(Guid campaignId, CancellationToken ct)
    {
        // Table names come from the model, values are parameters.
        var orders = SqlNames.Table<Order>(db);
        var lines = SqlNames.Table<OrderLine>(db);
        var byPoint = $$"""
        INSERT INTO {{SqlNames.Table<ManifestPointLine>(db)}} ("CampaignId", "PickupPointId", "OfferId", "Quantity", "OrderCount")
        SELECT o."CampaignId", o."PickupPointId", l."OfferId", SUM(l."Quantity" - l."ReturnedQuantity"), COUNT(*)
        FROM {{lines}} l JOIN {{orders}} o ON o."Id" = l."OrderId"
        WHERE o."CampaignId" = {0} AND o."Status" = {1}
        GROUP BY o."CampaignId", o."PickupPointId", l."OfferId"
        """;
        await db.Database.ExecuteSqlRawAsync(byPoint, [campaignId, OrderStatus.Picking], ct);
        var byFarm = $$"""
        INSERT INTO {{SqlNames.Table<ManifestFarmLine>(db)}} ("CampaignId", "OrganisationId", "OfferId", "Quantity", "OrderCount")
        SELECT o."CampaignId", l."OrganisationId", l."OfferId", SUM(l."Quantity" - l."ReturnedQuantity"), COUNT(*)
        FROM {{lines}} l JOIN {{orders}} o ON o."Id" = l."OrderId"
        WHERE o."CampaignId" = {0} AND o."Status" = {1}
        GROUP BY o."CampaignId", l."OrganisationId", l."OfferId"
        """;
        await db.Database.ExecuteSqlRawAsync(byFarm, [campaignId, OrderStatus.Picking], ct);
    }

    /// <summary>The Logistics contract: each point's goods by storage kind, from the manifest rows just written.</summary>
    async Task<CampaignFrozen> ShipmentRequestAsync(Campaign campaign, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await (from m in db.ManifestPointLines.AsNoTracking()
                          join o in db.Offers.AsNoTracking() on m.OfferId equals o.Id
                          join p in db.Products.AsNoTracking() on o.ProductId equals p.Id
                          where m.CampaignId == campaign.Id
                          select new { m.PickupPointId, m.OfferId, m.Quantity, m.OrderCount, Name = p.NameZh + " · " + o.NameZh, o.Unit, p.Storage })
            .ToListAsync(ct);
        var pointIds = rows.Select(r => r.PickupPointId).Distinct().ToList();
        var orderCounts = await db.Orders.AsNoTracking().Where(o => o.CampaignId == campaign.Id && o.Status == OrderStatus.Picking)
            .GroupBy(o => o.PickupPointId!.Value).Select(g => new { Point = g.Key, Orders = g.Count() }).ToDictionaryAsync(g => g.Point, g => g.Orders, ct);
        var points = await db.PickupPoints.AsNoTracking().Where(p => pointIds.Contains(p.Id)).ToListAsync(ct);
        var shipments = points.OrderBy(p => p.NameZh).Select(p => new PointShipment(p.Id, p.NameZh, p.Address, p.Latitude, p.Longitude,
            orderCounts.GetValueOrDefault(p.Id),
            [.. rows.Where(r => r.PickupPointId == p.Id).GroupBy(r => r.Storage).OrderBy(g => g.Key).Select(g => new StorageLoad(g.Key,
                [.. g.OrderBy(r => r.Name).Select(r => new ShipmentItem(r.OfferId, r.Name, r.Unit, r.Quantity))]))]));
        return new CampaignFrozen(campaign.Id, campaign.OrganisationId, campaign.RegionCode, campaign.PickupDate, now, [.. shipments]);
    }
}
