namespace Tianyuan.Market.Features.GroupBuy;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Regions.Contracts;

/// <summary>
/// A frozen campaign's manifest: per farm what to pick (the morning picking list), per point what arrives and which
/// customer gets what. Quantities come from the rows the cut-off job aggregated; the orders list is read live, so
/// it shows who has collected.
/// </summary>
sealed record ManifestView(Guid CampaignId, string Title, string Status, DateTimeOffset? FrozenAt, DateOnly PickupDate,
    IReadOnlyList<ManifestFarm> Farms, IReadOnlyList<ManifestPoint> Points)
{
    public static async Task<ManifestView> LoadAsync(MarketDb db, IOrganisationDirectory organisations, Campaign campaign,
        CampaignAccess.Scope scope, bool withOrders, CancellationToken ct)
    {
        var offers = await (from i in db.CampaignItems.AsNoTracking()
                            join o in db.Offers.AsNoTracking() on i.OfferId equals o.Id
                            join p in db.Products.AsNoTracking() on o.ProductId equals p.Id
                            where i.CampaignId == campaign.Id
                            select new { o.Id, Name = p.NameZh + " · " + o.NameZh, o.Unit }).ToDictionaryAsync(o => o.Id, ct);
        ManifestLine Line(Guid offerId, decimal quantity, int orders) =>
            new(offerId, offers.TryGetValue(offerId, out var o) ? o.Name : "", o?.Unit ?? "", quantity, orders);

        var farms = new List<ManifestFarm>();
        if (scope.Whole)
        {
            var farmLines = await db.ManifestFarmLines.AsNoTracking().Where(l => l.CampaignId == campaign.Id).ToListAsync(ct);
            foreach (var farm in farmLines.GroupBy(l => l.OrganisationId))
            {
                var name = (await organisations.FindAsync(farm.Key, ct))?.Name;
                farms.Add(new ManifestFarm(farm.Key, name, [.. farm.Select(l => Line(l.OfferId, l.Quantity, l.OrderCount)).OrderBy(l => l.Name)]));
            }
        }

        var pointLines = db.ManifestPointLines.AsNoTracking().Where(l => l.CampaignId == campaign.Id);
        if (!scope.Whole)
            pointLines = pointLines.Where(l => scope.Points.Contains(l.PickupPointId));
        var byPoint = (await pointLines.ToListAsync(ct)).GroupBy(l => l.PickupPointId).ToDictionary(g => g.Key, g => g.ToList());
        var pointIds = byPoint.Keys.ToList();
        var points = await db.PickupPoints.AsNoTracking().Where(p => pointIds.Contains(p.Id)).ToListAsync(ct);
        var pointOrders = db.Orders.AsNoTracking()
            .Where(o => o.CampaignId == campaign.Id && pointIds.Contains(o.PickupPointId!.Value) && o.Status != OrderStatus.Cancelled);
        var orderCounts = await pointOrders.GroupBy(o => o.PickupPointId!.Value).Select(g => new { Point = g.Key, Orders = g.Count() })
            .ToDictionaryAsync(g => g.Point, g => g.Orders, ct);
        // The CSV exports need the totals only; 50 000 orders with their lines are read for the JSON and print pages.
        var ordersByPoint = (withOrders ? await pointOrders.Include(o => o.Lines).OrderBy(o => o.Number).ToListAsync(ct) : [])
            .ToLookup(o => o.PickupPointId!.Value);

        var manifestPoints = points.OrderBy(p => p.NameZh).Select(p => new ManifestPoint(p.Id, p.NameZh, p.Address, p.LeaderName, p.LeaderPhone,
            orderCounts.GetValueOrDefault(p.Id),
            [.. byPoint[p.Id].Select(l => Line(l.OfferId, l.Quantity, l.OrderCount)).OrderBy(l => l.Name)],
            [.. ordersByPoint[p.Id].Select(o => new ManifestOrder(o.Id, o.Number, o.ContactName, o.PickupCode, o.Status, o.Total - o.Refunded,
                o.PaidAt is not null, [.. o.Lines.Select(l => new ManifestOrderLine(l.OfferId, l.NameZh, l.Unit, l.Quantity - l.ReturnedQuantity))]))]))
            .ToList();
        return new ManifestView(campaign.Id, campaign.TitleZh, campaign.Status, campaign.FrozenAt, campaign.PickupDate, farms, manifestPoints);
    }
}

sealed record ManifestLine(Guid OfferId, string Name, string Unit, decimal Quantity, int OrderCount);

sealed record ManifestFarm(Guid OrganisationId, string? Name, IReadOnlyList<ManifestLine> Lines);

sealed record ManifestPoint(Guid PointId, string Name, string Address, string LeaderName, string LeaderPhone, int OrderCount,
    IReadOnlyList<ManifestLine> Lines, IReadOnlyList<ManifestOrder> Orders);

/// <summary>One customer's order at the point; Amount is what is due or was paid (after refunds).</summary>
sealed record ManifestOrder(Guid OrderId, string Number, string? ContactName, string PickupCode, string Status, decimal Amount, bool Paid,
    IReadOnlyList<ManifestOrderLine> Lines);

sealed record ManifestOrderLine(Guid OfferId, string Name, string Unit, decimal Quantity);
