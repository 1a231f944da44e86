namespace Tianyuan.Market.Demo;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Demo;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Regions.Contracts;

/// <summary>
/// The Market part of the demo: about 25 products from each demo cooperative (≈150), each with a grade or pack or
/// two and a harvest lot in stock; 20 group-buy pickup points in the county seat's communities (the three Regions
/// knows as GroupBuyPoint organisations have the demo leaders); today's group-buy open until 23:00; a year of past
/// orders (<see cref="DemoOrderHistory"/>); three crops on pre-sale (<see cref="DemoPreSales"/>).
/// </summary>
sealed class MarketDemo(MarketDb db, IOrganisationDirectory organisations, IRegionDirectory regions, TimeProvider clock) : IDemoContributor
{
    public const int ProductsPerCooperative = 25;
    public const int PickupPointCount = 20;

    /// <summary>After Regions (0), whose cooperatives, villages and pickup-point organisations it uses.</summary>
    public int Order => 70;

    public Task<bool> HasDataAsync(CancellationToken ct) => db.Products.AnyAsync(ct);

    public async Task SeedAsync(DemoSeed seed, CancellationToken ct)
    {
        var rng = seed.RandomFor("market");
        var now = clock.GetUtcNow();
        var today = clock.Today();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var county = await regions.GetHomeCountyAsync(ct);
        var seat = county!.Children[0];
        var groupBuyOffers = new List<Offer>();
        var catalogue = new List<(Product, Offer)>();
        var cooperatives = await organisations.ListByKindAsync("Cooperative", ct);
        foreach (var coop in cooperatives)
        {
            var runsGroupBuy = coop.RegionCode.StartsWith(seat.Code, StringComparison.Ordinal);
            for (var i = 0; i < ProductsPerCooperative; i++)
            {
                var template = DemoProducts.All[(i + rng.Next(DemoProducts.All.Length)) % DemoProducts.All.Length];
                var product = DemoProduct(rng, coop, template, i, now, today);
                db.Products.Add(product);
                catalogue.AddRange(product.Offers.Select(o => (product, o)));
                if (runsGroupBuy && product.Storage != StorageKind.Frozen)
                    groupBuyOffers.Add(product.Offers[^1]);
                foreach (var offer in product.Offers)
                    db.Lots.Add(Lot(rng, offer, product, now));
            }

            if (runsGroupBuy)
                db.Campaigns.Add(TodaysGroupBuy(rng, coop, groupBuyOffers, now, today));
        }

        var points = await PickupPointsAsync(rng, seat, ct);
        db.PickupPoints.AddRange(points);
        db.Orders.AddRange(DemoOrderHistory.Generate(rng, catalogue, points, today));
        if (cooperatives.Count > 0)
            db.PreSales.AddRange(DemoPreSales.For(rng, cooperatives, today));
        await db.SaveChangesAsync(ct);
    }

    static Product DemoProduct(Random rng, OrganisationSummary coop, DemoProducts.Template t, int index, DateTimeOffset now, DateOnly today)
    {
        var id = NextId(rng);
        var product = new Product
        {
            Id = id, OrganisationId = coop.Id, RegionCode = coop.RegionCode, NameZh = t.NameZh, NameEn = t.NameEn,
            DescriptionZh = t.DescriptionZh, Category = t.Category, Storage = t.Storage, GradingStandard = t.Standard,
            ShelfLifeDays = t.ShelfLifeDays, ProducedOn = today.AddDays(-rng.Next(0, Math.Min(t.ShelfLifeDays, 10))), Published = true,
            CreatedAt = now.AddDays(-rng.Next(30, 400)),
        };
        // A premium grade for fresh produce (a fifth dearer), a standard one always.
        var grades = t.Category is ProductCategory.Fruit or ProductCategory.Vegetable && index % 2 == 0
            ? new[] { ("特级", 1.2m), ("一级", 1m) } : new[] { ("标准", 1m) };
        foreach (var (grade, factor) in grades)
        {
            product.Offers.Add(new Offer
            {
                Id = NextId(rng), ProductId = id, NameZh = grade == "标准" ? StandardName(t.Unit) : $"{grade} · {StandardName(t.Unit)}", Grade = grade,
                Unit = t.Unit, MinQuantity = t.Min, Step = t.Step, UnitPrice = Math.Round(t.Price * factor, 2),
                Available = t.Min * rng.Next(20, 200),
            });
        }

        return product;
    }

    static string StandardName(string unit) => unit switch
    {
        "box" => "礼盒装",
        "piece" => "按个卖",
        "bunch" => "按把卖",
        _ => "散装称重",
    };

    static StockLot Lot(Random rng, Offer offer, Product product, DateTimeOffset now) => new()
    {
        Id = NextId(rng), OfferId = offer.Id, LotCode = $"L{product.ProducedOn:yyMMdd}{offer.Id.ToString("N")[..4].ToUpperInvariant()}",
        HarvestedOn = product.ProducedOn!.Value, BestBefore = product.ProducedOn!.Value.AddDays(product.ShelfLifeDays),
        Quantity = offer.Available, Remaining = offer.Available, CreatedAt = now,
    };

    async Task<List<PickupPoint>> PickupPointsAsync(Random rng, RegionNode seat, CancellationToken ct)
    {
        var leaders = await organisations.ListByKindAsync("GroupBuyPoint", ct);
        var points = new List<PickupPoint>();
        for (var i = 0; i < PickupPointCount; i++)
        {
            var community = DemoCommunities.Names[i % DemoCommunities.Names.Length];
            var real = i < leaders.Count ? leaders[i] : null;
            points.Add(new PickupPoint
            {
                Id = NextId(rng), OrganisationId = real?.Id ?? NextId(rng), RegionCode = seat.Code,
                NameZh = real?.Name ?? $"{community}团购自提点", Community = community, Address = $"{seat.NameZh}{community}{rng.Next(1, 30)}幢底商",
                Latitude = Math.Round(seat.Latitude + ((rng.NextDouble() - 0.5) * 0.03), 5), Longitude = Math.Round(seat.Longitude + ((rng.NextDouble() - 0.5) * 0.03), 5),
                OpeningHours = i % 3 == 0 ? "每日 7:30–21:00" : "每日 8:00–20:00", Capacity = 80 + (10 * rng.Next(0, 8)),
                LeaderName = DemoCommunities.LeaderNames[i % DemoCommunities.LeaderNames.Length], LeaderPhone = $"13{rng.Next(100000000, 999999999)}",
                CommissionRate = 0.05m + (0.01m * rng.Next(0, 6)),
            });
        }

        return points;
    }

    /// <summary>Today's group-buy of the county seat's cooperative: eight offers at 85% of the shop price, ordered until 23:00, collected tomorrow.</summary>
    static Campaign TodaysGroupBuy(Random rng, OrganisationSummary coop, List<Offer> offers, DateTimeOffset now, DateOnly today)
    {
        var cutOff = ChinaTime.At(today, new TimeOnly(23, 0));
        var pickup = today.AddDays(1);
        if (cutOff <= now)
            (cutOff, pickup) = (cutOff.AddDays(1), pickup.AddDays(1));
        var campaign = new Campaign
        {
            Id = NextId(rng), OrganisationId = coop.Id, RegionCode = coop.RegionCode, TitleZh = "今日团 · 早上摘下午到", TitleEn = "Today's group-buy: picked in the morning, here in the afternoon",
            OpensAt = now.AddHours(-6), CutOffAt = cutOff, PickupDate = pickup, MinGroupSize = 3, ShareToken = OrderNumbers.Token(), CreatedAt = now,
        };
        campaign.Items.AddRange(offers.Take(8).Select(o => new CampaignItem { CampaignId = campaign.Id, OfferId = o.Id, GroupPrice = Math.Round(o.UnitPrice * 0.85m, 2) }));
        return campaign;
    }

    /// <summary>Ids from the demo's seeded random source, so the same seed gives the same shop in every process.</summary>
    internal static Guid NextId(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes);
    }
}
