namespace Tianyuan.Market.Demo;

using Tianyuan.Kernel;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Features.Orders;
using Tianyuan.Market.Payments;

/// <summary>
/// A year of past orders (about 8,000) so dashboards and forecasts have something real to read: more at weekends,
/// at Singles' Day (11-11), 618 and before the Spring Festival; fruit in summer and autumn, tea in spring, cured meat
/// and honey in winter. Customers are made-up people (no accounts); most orders were collected at a pickup point.
/// </summary>
static class DemoOrderHistory
{
    const double OrdersPerDay = 18;

    public static IEnumerable<Order> Generate(Random rng, IReadOnlyList<(Product Product, Offer Offer)> offers, IReadOnlyList<PickupPoint> points,
        DateOnly today)
    {
        var byCategory = offers.GroupBy(o => o.Product.Category).ToDictionary(g => g.Key, g => g.ToList());
        var customers = Enumerable.Range(0, 1500).Select(_ => MarketDemo.NextId(rng)).ToList();
        for (var day = today.AddDays(-365); day < today; day = day.AddDays(1))
        {
            var count = (int)Math.Round(OrdersPerDay * DayFactor(day) * (0.7 + (rng.NextDouble() * 0.6)));
            for (var i = 0; i < count; i++)
                yield return Order(rng, day, today, byCategory, customers, points);
        }
    }

    static Order Order(Random rng, DateOnly day, DateOnly today, Dictionary<string, List<(Product Product, Offer Offer)>> byCategory,
        List<Guid> customers, IReadOnlyList<PickupPoint> points)
    {
        var at = ChinaTime.At(day, new TimeOnly(7 + rng.Next(16), rng.Next(60)));
        var id = MarketDemo.NextId(rng);
        var lines = new List<OrderLine>();
        foreach (var (product, offer) in PickLines(rng, day, byCategory))
        {
            var quantity = offer.MinQuantity + (offer.Step * rng.Next(4));
            lines.Add(new OrderLine
            {
                Id = MarketDemo.NextId(rng), OrderId = id, OfferId = offer.Id, ProductId = product.Id, OrganisationId = product.OrganisationId,
                NameZh = $"{product.NameZh} · {offer.NameZh}", Unit = offer.Unit, Quantity = quantity, UnitPrice = offer.UnitPrice,
                LineTotal = Money.Yuan(offer.UnitPrice * quantity).RoundToFen().Amount,
            });
        }

        var total = lines.Sum(l => l.LineTotal);
        var pickup = rng.NextDouble() < 0.65 ? points[rng.Next(points.Count)] : null;
        var recent = today.DayNumber - day.DayNumber <= 1;
        var fate = rng.NextDouble();
        var status = recent ? OrderStatus.Paid : fate < 0.05 ? OrderStatus.Cancelled : fate < 0.07 ? OrderStatus.Refunded : OrderStatus.Completed;
        return new Order
        {
            Id = id, Number = OrderNumbers.For(id, at), CustomerUserId = customers[rng.Next(customers.Count)], Status = status,
            PickupPointId = pickup?.Id, ContactName = "顾客", ContactPhone = $"139{rng.Next(10000000, 99999999)}",
            DeliveryAddress = pickup is null ? $"青溪县城{rng.Next(1, 40)}号楼{rng.Next(1, 6)}单元" : null,
            Subtotal = total, Total = total, Refunded = status is OrderStatus.Cancelled or OrderStatus.Refunded ? total : 0,
            PaymentMethod = pickup is null ? PaymentMethods.BankTransfer : PaymentMethods.PayAtPickup, PaidAt = at.AddMinutes(30),
            PickupCode = rng.Next(1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            ParcelToken = Convert.ToHexStringLower(MarketDemo.NextId(rng).ToByteArray()), CreatedAt = at,
            CancelledAt = status == OrderStatus.Cancelled ? at.AddHours(2) : null,
            CompletedAt = status == OrderStatus.Completed ? at.AddDays(1) : null,
            Lines = lines,
        };
    }

    /// <summary>One line from the season's likeliest aisle, sometimes one or two more from anywhere.</summary>
    static IEnumerable<(Product, Offer)> PickLines(Random rng, DateOnly day, Dictionary<string, List<(Product Product, Offer Offer)>> byCategory)
    {
        var weights = byCategory.Keys.Select(c => (c, CategoryWeight(c, day.Month))).ToList();
        var lineCount = 1 + (rng.NextDouble() < 0.35 ? 1 : 0) + (rng.NextDouble() < 0.1 ? 1 : 0);
        var chosen = new HashSet<Guid>();
        for (var i = 0; i < lineCount; i++)
        {
            var pick = rng.NextDouble() * weights.Sum(w => w.Item2);
            var category = weights.First(w => (pick -= w.Item2) <= 0 || w == weights[^1]).c;
            var candidates = byCategory[category];
            var (product, offer) = candidates[rng.Next(candidates.Count)];
            if (chosen.Add(offer.Id))
                yield return (product, offer);
        }
    }

    static double CategoryWeight(string category, int month) => category switch
    {
        ProductCategory.Fruit => month is >= 6 and <= 10 ? 3.0 : 1.0,
        ProductCategory.Tea => month is >= 3 and <= 5 ? 3.0 : 0.6,
        ProductCategory.Meat or ProductCategory.Preserved => month is 12 or 1 or 2 ? 2.5 : 0.7,
        ProductCategory.Honey => month is >= 9 or <= 1 ? 1.5 : 0.8,
        ProductCategory.Grain => month is >= 10 and <= 12 ? 1.8 : 1.0,
        ProductCategory.Handicraft => 0.3,
        _ => 1.0,
    };

    /// <summary>Weekends, the shopping festivals and the fortnight before the Spring Festival (about late January to mid February).</summary>
    static double DayFactor(DateOnly day) =>
        (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.3 : 1.0)
        * (day is { Month: 11, Day: >= 9 and <= 11 } ? 2.5 : 1.0)
        * (day is { Month: 6, Day: >= 16 and <= 18 } ? 1.8 : 1.0)
        * ((day.Month == 1 && day.Day >= 15) || (day.Month == 2 && day.Day <= 10) ? 1.8 : 1.0);
}
