namespace Tianyuan.Market.Features.CrossSell;

using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Coupons;
using Tianyuan.Market.Resources;
using Tianyuan.Regions.Contracts;

/// <summary>
/// GET /api/market/r/{parcelToken}: what the QR on a parcel opens, without signing in: thanks from the farm, the
/// order's products to buy again, and the order's repurchase coupon (issued on the first visit, once per order,
/// to the order's customer only, so the code is of no use to anyone else who scans the parcel).
/// </summary>
static class GetRepurchase
{
    public sealed record Item(Guid ProductId, Guid OfferId, string Name, decimal Quantity, string Unit, bool OnSale, decimal? PriceNow);

    /// <summary>The customer's id decides who may reorder; it is not sent to whoever scanned the parcel.</summary>
    public sealed record View(Guid OrderId, [property: JsonIgnore] Guid CustomerUserId, string OrderNumber, Guid FarmId, string FarmName, IReadOnlyList<Item> Items,
        CouponView Coupon, bool CouponUsed);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/r/{token}", async (string token, MarketDb db, IOrganisationDirectory organisations, IStringLocalizer<CrossSellText> x,
                TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(token, db, organisations, x, clock, ct)).ToHttpResult())
            .AllowAnonymous()
            .WithName(nameof(GetRepurchase))
            .WithSummary("The parcel QR's repurchase page data: the order's products and its repurchase coupon.")
            .Produces<View>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<View>> ExecuteAsync(string token, MarketDb db, IOrganisationDirectory organisations,
        IStringLocalizer<CrossSellText> x, TimeProvider clock, CancellationToken ct)
    {
        var order = token.Length is > 0 and <= 40
            ? await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.ParcelToken == token, ct)
            : null;
        if (order is null || order.Lines.Count == 0)
            return Outcome<View>.NotFound(x["ParcelNotFound"]);

        // The farm that sent most of the parcel (by value) says thank you and funds the coupon.
        var farm = order.Lines.GroupBy(l => l.OrganisationId).OrderByDescending(g => g.Sum(l => l.LineTotal)).First().Key;
        var farmName = (await organisations.FindAsync(farm, ct))?.Name ?? x["TheFarm"];
        var coupon = await CrossSellCoupons.IssueOnceAsync(db, CrossSellCoupons.Repurchase(order, farm, clock.GetUtcNow()), ct);
        var used = await db.CouponRedemptions.AnyAsync(r => r.CouponId == coupon.Id, ct);

        var offerIds = order.Lines.Select(l => l.OfferId).ToList();
        var onSale = await db.Offers.AsNoTracking()
            .Where(o => offerIds.Contains(o.Id) && o.Active && db.Products.Any(p => p.Id == o.ProductId && p.Published))
            .ToDictionaryAsync(o => o.Id, o => o.UnitPrice, ct);
        var items = order.Lines.Select(l => new Item(l.ProductId, l.OfferId, l.NameZh, l.Quantity, l.Unit, onSale.ContainsKey(l.OfferId),
            onSale.TryGetValue(l.OfferId, out var price) ? price : null)).ToList();
        return Outcome<View>.Ok(new View(order.Id, order.CustomerUserId, order.Number, farm, farmName, items, CouponView.From(coupon), used));
    }
}
