namespace Tianyuan.Bench;

using System.Diagnostics;
using System.Net;
using System.Text.Json;

/// <summary>
/// Searches as visitors make them: a township (9 digits) or a village (12 digits) of the county, arrival in the next
/// 60 days, 1–4 nights, 1–4 guests; N anonymous clients back to back for a fixed time. Reports requests/s and
/// p50/p95/p99, plus how many stays the answers listed (so a fast empty answer cannot pass for a fast search).
/// </summary>
static class StaysSearchLoad
{
    /// <summary>The figures, and whether every answer was a 200.</summary>
    public static async Task<(object Result, bool Ok)> RunAsync(string url, IReadOnlyList<string> areas, int clients, TimeSpan duration)
    {
        using var http = StaysApi.Client(url);
        var today = StaysApi.ChinaToday;
        var townships = areas.Where(a => a.Length == 9).ToList();
        var villages = areas.Where(a => a.Length == 12).ToList();
        // Warm-up: JIT, EF query compilation and the connection pool, so the first seconds do not count.
        for (var i = 0; i < 20; i++)
            await SearchAsync(http, Query(new Random(-1 - i), townships, villages, today));

        var latencies = new Latencies();
        long requests = 0, failures = 0, staysListed = 0, empty = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            while (clock.Elapsed < duration)
            {
                var sw = Stopwatch.StartNew();
                var (status, total) = await SearchAsync(http, Query(random, townships, villages, today));
                latencies.Add(sw.Elapsed);
                Interlocked.Increment(ref requests);
                if (status != HttpStatusCode.OK)
                    Interlocked.Increment(ref failures);
                Interlocked.Add(ref staysListed, total);
                if (total == 0)
                    Interlocked.Increment(ref empty);
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        return (new
        {
            clients, seconds = Math.Round(elapsed, 1), requests, failures, requestsPerSecond = Math.Round(requests / elapsed, 1),
            latencyMs = latencies.Summary(), meanStaysFound = requests == 0 ? 0 : Math.Round((double)staysListed / requests, 1), emptyAnswers = empty,
        }, failures == 0);
    }

    /// <summary>Half the searches name a township, half a village.</summary>
    static string Query(Random random, List<string> townships, List<string> villages, DateOnly today)
    {
        var area = random.Next(2) == 0 ? townships[random.Next(townships.Count)] : villages[random.Next(villages.Count)];
        var from = today.AddDays(random.Next(60));
        var to = from.AddDays(1 + random.Next(4));
        return $"/api/stays?village={area}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&guests={1 + random.Next(4)}";
    }

    static async Task<(HttpStatusCode Status, int Total)> SearchAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
            return (response.StatusCode, 0);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var json = await JsonDocument.ParseAsync(body);
        return (response.StatusCode, json.RootElement.GetProperty("total").GetInt32());
    }
}
