namespace Tianyuan.Bench;

using System.Globalization;
using System.Text.Json;

/// <summary>
/// The Stays module under load, on SQLite or PostgreSQL: the booking race and churn (checked in SQL), search latency
/// on the demo, then a county of 10,000 units with a year of bookings loaded into the database, and on it uncontended
/// booking throughput and search latency.
/// PostgreSQL: BENCH_PG names the server (any database the role can connect to); the run creates its own
/// database bench_stays_&lt;random&gt; there and drops it at the end. Writes bench/results/stays-{provider}.json.
/// </summary>
static class StaysBench
{
    const int SearchClients = 16;

    public static Task<int> RunAsync(string dll, string root, string provider, int searchSeconds) =>
        BenchDatabase.RunAsync(provider, "bench_stays", postgres => RunOnAsync(dll, root, provider, postgres, searchSeconds));

    static async Task<int> RunOnAsync(string dll, string root, string provider, string? postgres, int searchSeconds)
    {
        var settings = new Dictionary<string, string>();
        BenchDatabase.Configure(settings, postgres);

        await using var app = await BenchApp.StartAsync(dll, settings);
        var db = new StaysDatabase(postgres, Path.Combine(app.Folder, "bench.db"));
        using var host = await StaysApi.SignInAsync(app.Url, "host@demo.tianyuan.cn");
        using var guest = await StaysApi.SignInAsync(app.Url, "visitor@demo.tianyuan.cn");

        Step("race: 200 bookings at once for the same 3 nights of a one-unit type");
        var race = await Measured(() => StaysBookingLoad.RaceAsync(host, guest, db));
        Step("churn: 1,000 random overlapping bookings over 20 units, 32 clients");
        var churn = await Measured(() => StaysBookingLoad.ChurnAsync(host, guest, db));

        var townships = await CodesAsync(db, level: 4);
        var villages = await CodesAsync(db, level: 5);
        var areas = townships.Select(t => t.Code).Concat(villages.Select(v => v.Code)).ToList();
        Step($"search on the demo alone ({searchSeconds / 3} s, {SearchClients} clients)");
        var demoSearch = await Measured(() => StaysSearchLoad.RunAsync(app.Url, areas, SearchClients, TimeSpan.FromSeconds(searchSeconds / 3)));

        Step("loading 2,500 stays / 10,000 units with a year of bookings");
        var organisations = (await db.RowsAsync($"SELECT DISTINCT \"OrganisationId\" FROM {db.Table("stays_stay")}"))
            .Select(r => StaysDatabase.ReadGuid(r[0])).ToList();
        var catalogue = await Measured(async () =>
            ((object)await StaysCatalogueLoad.LoadAsync(db, villages, organisations, StaysApi.ChinaToday), true));
        var totals = new
        {
            stays = await db.ScalarAsync($"SELECT count(*) FROM {db.Table("stays_stay")}"),
            units = await db.ScalarAsync($"SELECT count(*) FROM {db.Table("stays_unit")}"),
            bookings = await db.ScalarAsync($"SELECT count(*) FROM {db.Table("stays_booking")}"),
            nightRows = await db.ScalarAsync($"SELECT count(*) FROM {db.Table("stays_unit_night")}"),
        };

        Step("throughput: 1,000 uncontended bookings, 32 clients, on the loaded database");
        var throughput = await Measured(() => StaysBookingLoad.ThroughputAsync(host, guest));

        Step("search on 10,000 units, one client (10 s): the time a search takes when it does not queue");
        var searchOneClient = await Measured(() => StaysSearchLoad.RunAsync(app.Url, areas, 1, TimeSpan.FromSeconds(10)));

        Step($"search on 10,000 units ({searchSeconds} s, {SearchClients} clients)");
        var search = await Measured(() => StaysSearchLoad.RunAsync(app.Url, areas, SearchClients, TimeSpan.FromSeconds(searchSeconds)));

        var result = new
        {
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            provider, at = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture),
            race, churn, demoSearch, catalogue, totals, throughput, searchOneClient, search, peakMemoryMiB = Math.Round(app.PeakMemoryMiB),
        };
        await BenchApp.WriteResultAsync(root, $"stays-{provider}.json", JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        return new[] { race, churn, demoSearch, throughput, searchOneClient, search }.All(p => p.Ok) ? 0 : 1;
    }

    /// <summary>A phase's figures with the machine's load average (1, 5, 15 min) before and after: they are only as quiet as the machine.</summary>
    sealed record Phase(object Result, bool Ok, string LoadBefore, string LoadAfter);

    static async Task<Phase> Measured(Func<Task<(object Result, bool Ok)>> phase)
    {
        var before = LoadAverage();
        var (result, ok) = await phase();
        return new Phase(result, ok, before, LoadAverage());
    }

    static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    static void Step(string what) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {what} (load {LoadAverage()})");

    static async Task<List<StaysCatalogueLoad.Village>> CodesAsync(StaysDatabase db, int level) =>
        [.. (await db.RowsAsync($"SELECT \"Code\", \"CentreLatitude\", \"CentreLongitude\" FROM {db.Table("regions_region")} WHERE \"Level\" = @p0 ORDER BY \"Code\"", level))
            .Select(r => new StaysCatalogueLoad.Village((string)r[0], Convert.ToDouble(r[1], CultureInfo.InvariantCulture), Convert.ToDouble(r[2], CultureInfo.InvariantCulture)))];
}
