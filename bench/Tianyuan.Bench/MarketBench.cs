namespace Tianyuan.Bench;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// The Market module under load, on SQLite or PostgreSQL: (1) the oversell race — 200 orders at once for the last
/// 10 units, checked in SQL; (2) order placement throughput and latency with 32 clients over 40 demo offers with
/// plenty of stock, each order one to three lines. Writes bench/results/market-{provider}.json.
/// </summary>
static class MarketBench
{
    const int RaceAttempts = 200;
    const int RaceStock = 10;
    const int Clients = 32;
    const int Offers = 40;

    public static Task<int> RunAsync(string dll, string root, string provider, int seconds) =>
        BenchDatabase.RunAsync(provider, "bench_market", postgres => RunOnAsync(dll, root, provider, postgres, seconds));

    static async Task<int> RunOnAsync(string dll, string root, string provider, string? postgres, int seconds)
    {
        var settings = new Dictionary<string, string>();
        BenchDatabase.Configure(settings, postgres);
        await using var app = await BenchApp.StartAsync(dll, settings);
        var db = new StaysDatabase(postgres, Path.Combine(app.Folder, "bench.db"));
        using var farmer = await StaysApi.SignInAsync(app.Url, "farmer@demo.tianyuan.cn");
        using var customer = await StaysApi.SignInAsync(app.Url, "visitor@demo.tianyuan.cn");

        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] race: {RaceAttempts} orders at once for the last {RaceStock} units");
        var race = await RaceAsync(farmer, customer, db);
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] throughput: {Clients} clients for {seconds} s over {Offers} offers");
        var throughput = await ThroughputAsync(farmer, customer, db, TimeSpan.FromSeconds(seconds));

        var result = new
        {
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            provider, at = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture),
            race = race.Result, throughput = throughput.Result, peakMemoryMiB = Math.Round(app.PeakMemoryMiB),
        };
        await BenchApp.WriteResultAsync(root, $"market-{provider}.json", JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        return race.Ok && throughput.Ok ? 0 : 1;
    }

    static async Task<(object Result, bool Ok)> RaceAsync(HttpClient farmer, HttpClient customer, StaysDatabase db)
    {
        var offer = await NewOfferAsync(farmer, RaceStock);
        var codes = new ConcurrentBag<HttpStatusCode>();
        var latencies = new Latencies();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, RaceAttempts).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            var sw = Stopwatch.StartNew();
            codes.Add(await OrderAsync(customer, [(offer, 1m)]));
            latencies.Add(sw.Elapsed);
        })).ToList();
        var clock = Stopwatch.StartNew();
        go.SetResult();
        await Task.WhenAll(attempts);
        var created = codes.Count(c => c == HttpStatusCode.Created);
        var conflicts = codes.Count(c => c == HttpStatusCode.Conflict);
        var orderLines = await db.ScalarAsync($"SELECT count(*) FROM {db.Table("market_order_line")} WHERE \"OfferId\" = @p0", offer);
        var stock = (await db.RowsAsync($"SELECT \"Available\", \"Reserved\" FROM {db.Table("market_offer")} WHERE \"Id\" = @p0", offer)).Single();
        var (available, reserved) = (Convert.ToInt64(stock[0], CultureInfo.InvariantCulture), Convert.ToInt64(stock[1], CultureInfo.InvariantCulture));
        var ok = created == RaceStock && conflicts == RaceAttempts - RaceStock && orderLines == RaceStock && available == 0 && reserved == RaceStock * 1000;
        return (new
        {
            attempts = RaceAttempts, stock = RaceStock, created, conflicts, otherStatuses = RaceAttempts - created - conflicts,
            seconds = Math.Round(clock.Elapsed.TotalSeconds, 2), latencyMs = latencies.Summary(),
            sql = new { orderLines, availableMilli = available, reservedMilli = reserved }, ok,
        }, ok);
    }

    static async Task<(object Result, bool Ok)> ThroughputAsync(HttpClient farmer, HttpClient customer, StaysDatabase db, TimeSpan duration)
    {
        var offers = new List<Guid>();
        for (var i = 0; i < Offers; i++)
            offers.Add(await NewOfferAsync(farmer, 1_000_000));
        var codes = new ConcurrentBag<HttpStatusCode>();
        var latencies = new Latencies();
        var before = await db.ScalarAsync($"SELECT count(*) FROM {db.Table("market_order")}");
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            while (clock.Elapsed < duration)
            {
                var lines = offers.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Select(o => (o, 1m + (0.5m * random.Next(4)))).ToList();
                var sw = Stopwatch.StartNew();
                codes.Add(await OrderAsync(customer, lines));
                latencies.Add(sw.Elapsed);
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var created = codes.Count(c => c == HttpStatusCode.Created);
        var stored = await db.ScalarAsync($"SELECT count(*) FROM {db.Table("market_order")}") - before;
        var ok = created == codes.Count && stored == created;
        return (new
        {
            clients = Clients, offers = Offers, seconds = Math.Round(elapsed, 2), attempts = codes.Count, created, ordersStored = stored,
            ordersPerSecond = Math.Round(created / elapsed, 1), latencyMs = latencies.Summary(), ok,
        }, ok);
    }

    /// <summary>A new product of the demo farmer's cooperative with one offer sold by the kg, with this much in stock.</summary>
    static async Task<Guid> NewOfferAsync(HttpClient farmer, decimal available)
    {
        var mine = await farmer.GetFromJsonAsync<JsonElement>("/api/market/seller/products");
        var first = mine.GetProperty("items")[0];
        using var created = await farmer.PostAsJsonAsync("/api/market/products", new
        {
            organisationId = first.GetProperty("organisationId").GetGuid(), villageCode = first.GetProperty("villageCode").GetString(),
            nameZh = $"压测商品{Guid.NewGuid().ToString("N")[..6]}", category = "fruit", storage = "chilled", shelfLifeDays = 7,
            offers = new[] { new { nameZh = "称重", unit = "kg", minQuantity = 1m, step = 0.5m, unitPrice = 9.9m, available } },
        });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("offers")[0].GetProperty("id").GetGuid();
    }

    static async Task<HttpStatusCode> OrderAsync(HttpClient customer, IEnumerable<(Guid Offer, decimal Quantity)> lines)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/market/orders")
        {
            Content = JsonContent.Create(new { lines = lines.Select(l => new { offerId = l.Offer, quantity = l.Quantity, unit = "kg" }) }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await customer.SendAsync(request);
        return response.StatusCode;
    }
}
