namespace Tianyuan.Market.Demo;

using Tianyuan.Kernel;
using Tianyuan.Market.Domain;
using Tianyuan.Regions.Contracts;

/// <summary>
/// The demo's order farming: three crops the cooperatives offer before planting (rice, kiwifruit, spring tea), open
/// for pre-orders for the next six weeks and delivered at their harvest, so /market/presales has something to show.
/// No pre-orders are invented: a pre-order is a customer's deposit, which the demo's visitors make themselves.
/// </summary>
static class DemoPreSales
{
    sealed record Crop(string Name, string Variety, string Unit, decimal ExpectedYield, decimal Step, decimal Price, decimal Deposit,
        decimal MaxPerCustomer, int DeliveryInDays, int DeliveryDays);

    /// <summary>The window opened one morning a week ago and closes one evening in six weeks, not at the minute of seeding.</summary>
    static readonly TimeOnly Morning = new(8, 0), Evening = new(20, 0);

    static readonly Crop[] Crops =
    [
        new("订单水稻", "本地晚粳 · 稻田养鸭", "kg", 12_000m, 5m, 9.8m, 2.94m, 200m, 150, 30),
        new("红心猕猴桃", "红阳", "kg", 3_000m, 2.5m, 16m, 3.2m, 50m, 120, 21),
        new("明前高山绿茶", "鸠坑种 · 手工炒制", "box", 400m, 1m, 168m, 50m, 10m, 100, 14),
    ];

    public static IEnumerable<PreSale> For(Random rng, IReadOnlyList<OrganisationSummary> cooperatives, DateOnly today) =>
        Crops.Select((crop, i) =>
        {
            var coop = cooperatives[i % cooperatives.Count];
            return new PreSale
            {
                Id = MarketDemo.NextId(rng), OrganisationId = coop.Id, RegionCode = coop.RegionCode, ProductName = crop.Name, Variety = crop.Variety,
                Unit = crop.Unit, ExpectedYield = crop.ExpectedYield, Step = crop.Step, PricePerUnit = crop.Price, DepositPerUnit = crop.Deposit,
                OrderOpensAt = ChinaTime.At(today.AddDays(-7), Morning), OrderClosesAt = ChinaTime.At(today.AddDays(42), Evening), DeliveryFrom = today.AddDays(crop.DeliveryInDays),
                DeliveryUntil = today.AddDays(crop.DeliveryInDays + crop.DeliveryDays), MaxPerCustomer = crop.MaxPerCustomer, CreatedAt = ChinaTime.At(today.AddDays(-7), Morning),
            };
        });
}
