namespace Tianyuan.Market.Features.GroupBuy;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>
/// A campaign as its share page and API show it: the offers with shop and group price, the cut-off and pickup
/// date, and per point how many orders it has against the group size ("3/5 成团").
/// </summary>
sealed record CampaignView(Guid Id, Guid OrganisationId, string Title, string? TitleEn, string Status, DateTimeOffset OpensAt,
    DateTimeOffset CutOffAt, DateOnly PickupDate, int MinGroupSize, string ShareToken, string SharePath, int OrderCount,
    DateTimeOffset? FrozenAt, IReadOnlyList<CampaignItemView> Items, IReadOnlyList<PointProgress> Points)
{
    /// <summary>Open for orders at <paramref name="now"/>: what the order endpoint will accept.</summary>
    public bool AcceptsOrders(DateTimeOffset now) => Status == CampaignStatus.Open && OpensAt <= now && CutOffAt > now;

    public static string PathFor(string token) => $"/market/g/{token}";

    public static async Task<CampaignView?> LoadAsync(MarketDb db, Guid? id, string? token, CancellationToken ct)
    {
        var campaigns = db.Campaigns.AsNoTracking().Include(c => c.Items);
        var campaign = id is { } byId
            ? await campaigns.FirstOrDefaultAsync(c => c.Id == byId, ct)
            : await campaigns.FirstOrDefaultAsync(c => c.ShareToken == token, ct);
        if (campaign is null)
            return null;
        var offerIds = campaign.Items.Select(i => i.OfferId).ToList();
        var offers = await (from o in db.Offers.AsNoTracking()
                            join p in db.Products.AsNoTracking() on o.ProductId equals p.Id
                            where offerIds.Contains(o.Id)
                            select new { o, p }).ToListAsync(ct);
        var items = campaign.Items.Join(offers, i => i.OfferId, r => r.o.Id, (i, r) => new CampaignItemView(
                r.o.Id, r.p.Id, r.p.NameZh, r.o.NameZh, r.o.Unit, r.o.MinQuantity, r.o.Step, r.o.UnitPrice, i.GroupPrice, r.o.Available, r.p.Storage))
            .OrderBy(i => i.ProductName).ToList();

        var counts = await db.Orders.AsNoTracking()
            .Where(o => o.CampaignId == campaign.Id && o.Status != OrderStatus.Cancelled && o.PickupPointId != null)
            .GroupBy(o => o.PickupPointId!.Value).Select(g => new { Point = g.Key, Orders = g.Count() }).ToListAsync(ct);
        var pointIds = counts.Select(c => c.Point).ToList();
        var names = await db.PickupPoints.AsNoTracking().Where(p => pointIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.NameZh, ct);
        var points = counts.Select(c => new PointProgress(c.Point, names.GetValueOrDefault(c.Point, ""), c.Orders, c.Orders >= campaign.MinGroupSize))
            .OrderByDescending(p => p.Orders).ToList();

        return new CampaignView(campaign.Id, campaign.OrganisationId, campaign.TitleZh, campaign.TitleEn, campaign.Status, campaign.OpensAt,
            campaign.CutOffAt, campaign.PickupDate, campaign.MinGroupSize, campaign.ShareToken, PathFor(campaign.ShareToken),
            campaign.OrderCount, campaign.FrozenAt, items, points);
    }
}

/// <summary>One offer in a campaign: ShopPrice is the everyday price, GroupPrice what the group pays, both per Unit.</summary>
sealed record CampaignItemView(Guid OfferId, Guid ProductId, string ProductName, string OfferName, string Unit, decimal MinQuantity,
    decimal Step, decimal ShopPrice, decimal GroupPrice, decimal Available, string Storage);

/// <summary>Orders a point has so far; Formed once they reach the campaign's minimum group size.</summary>
sealed record PointProgress(Guid PointId, string Name, int Orders, bool Formed);
