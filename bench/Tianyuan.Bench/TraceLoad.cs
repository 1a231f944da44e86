namespace Tianyuan.Bench;

using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

/// <summary>The trace benchmark's load phases: capture N clients back to back, queries, inclusion proofs.</summary>
static class TraceLoad
{
    /// <summary>
    /// <paramref name="clients"/> clients each POST /epcis/capture documents of <paramref name="batch"/> new events back to
    /// back until <paramref name="duration"/> or <paramref name="maxEvents"/> events in all; <paramref name="next"/> hands out event
    /// numbers, so no event is a duplicate. Counts the events the answers say were stored.
    /// </summary>
    public static async Task<(object Result, bool Ok)> CaptureAsync(HttpClient http, StrongBox next, int clients, int batch, TimeSpan duration, long maxEvents = long.MaxValue)
    {
        var latencies = new Latencies();
        long documents = 0, failures = 0, stored = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var first = Interlocked.Add(ref next.Value, batch) - batch;
                if (first + batch > maxEvents)
                {
                    Interlocked.Add(ref next.Value, -batch);
                    break;
                }

                var body = TraceEvents.Document(first, batch);
                var sw = Stopwatch.StartNew();
                using var response = await http.PostAsync("/epcis/capture", new StringContent(body, Encoding.UTF8, "application/json"));
                var text = await response.Content.ReadAsStringAsync();
                latencies.Add(sw.Elapsed);
                Interlocked.Increment(ref documents);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    Interlocked.Increment(ref failures);
                    firstError ??= $"{(int)response.StatusCode}: {text[..Math.Min(400, text.Length)]}";
                    continue;
                }

                using var json = JsonDocument.Parse(text);
                Interlocked.Add(ref stored, json.RootElement.GetProperty("storedCount").GetInt32());
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        return (new
        {
            clients, eventsPerDocument = batch, seconds = Math.Round(elapsed, 1), documents, failures, eventsStored = stored,
            documentsPerSecond = Math.Round(documents / elapsed, 1), eventsPerSecond = Math.Round(stored / elapsed, 1),
            latencyMs = latencies.Summary(), firstError,
        }, failures == 0 && stored == documents * batch);
    }

    /// <summary>MATCH_epc for a random known box, and a random 1-hour eventTime window, half each, anonymous.</summary>
    public static async Task<(object Result, bool Ok)> QueryAsync(string url, long events, int clients, TimeSpan duration)
    {
        using var http = StaysApi.Client(url);
        var byEpc = new Latencies();
        var byTime = new Latencies();
        long requests = 0, failures = 0, emptyAnswers = 0, eventsReturned = 0;
        var hours = Math.Max(1, events * TraceEvents.SecondsApart / 3600 - 1);
        string Query(Random random, bool epc)
        {
            if (epc)
                return $"/epcis/events?MATCH_epc={Uri.EscapeDataString(TraceEvents.Epc(random.NextInt64(events / TraceEvents.EventsPerEpc)))}";
            var from = TraceEvents.Start.AddHours(random.NextInt64(hours)).AddMinutes(random.Next(60));
            return $"/epcis/events?GE_eventTime={Uri.EscapeDataString(TraceEvents.Time(from))}&LT_eventTime={Uri.EscapeDataString(TraceEvents.Time(from.AddHours(1)))}";
        }

        async Task<int> Run(string path, Latencies into)
        {
            var sw = Stopwatch.StartNew();
            using var response = await http.GetAsync(path);
            var body = await response.Content.ReadAsStreamAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                into.Add(sw.Elapsed);
                return -1;
            }

            using var json = await JsonDocument.ParseAsync(body);
            into.Add(sw.Elapsed);
            return json.RootElement.GetProperty("epcisBody").GetProperty("queryResults").GetProperty("resultsBody").GetProperty("eventList").GetArrayLength();
        }

        for (var i = 0; i < 40; i++)
            await Run(Query(new Random(-1 - i), i % 2 == 0), new Latencies());

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            while (clock.Elapsed < duration)
            {
                var epc = random.Next(2) == 0;
                var found = await Run(Query(random, epc), epc ? byEpc : byTime);
                Interlocked.Increment(ref requests);
                if (found < 0)
                    Interlocked.Increment(ref failures);
                else if (found == 0)
                    Interlocked.Increment(ref emptyAnswers);
                else
                    Interlocked.Add(ref eventsReturned, found);
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        return (new
        {
            clients, seconds = Math.Round(elapsed, 1), requests, failures, emptyAnswers, requestsPerSecond = Math.Round(requests / elapsed, 1),
            meanEventsReturned = requests == 0 ? 0 : Math.Round((double)eventsReturned / requests, 1),
            matchEpc = new { requests = byEpc.Count, latencyMs = byEpc.Summary() },
            eventTimeWindow1h = new { requests = byTime.Count, latencyMs = byTime.Summary() },
        }, failures == 0 && emptyAnswers == 0);
    }

    /// <summary>Waits until the latest checkpoint covers <paramref name="size"/> leaves; returns its size and how long it took.</summary>
    public static async Task<(long Size, double Seconds)> WaitForCheckpointAsync(HttpClient http, long size, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        long seen = 0;
        while (clock.Elapsed < timeout)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/trace/log/checkpoint");
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                seen = json.RootElement.GetProperty("size").GetInt64();
                if (seen >= size)
                    break;
            }

            await Task.Delay(500);
        }

        return (seen, Math.Round(clock.Elapsed.TotalSeconds, 1));
    }

    /// <summary>GET /api/trace/log/proof/inclusion?index=random&amp;size=<paramref name="size"/>, N clients back to back.</summary>
    public static async Task<(object Result, bool Ok)> ProofAsync(string url, long size, int clients, TimeSpan duration)
    {
        using var http = StaysApi.Client(url);
        var latencies = new Latencies();
        long requests = 0, failures = 0, wrongSize = 0, proofHashes = 0;
        for (var i = 0; i < 20; i++)
            (await http.GetAsync($"/api/trace/log/proof/inclusion?index={i}&size={size}")).Dispose();

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(100 + client);
            while (clock.Elapsed < duration)
            {
                var sw = Stopwatch.StartNew();
                using var response = await http.GetAsync($"/api/trace/log/proof/inclusion?index={random.NextInt64(size)}&size={size}");
                var text = await response.Content.ReadAsStringAsync();
                latencies.Add(sw.Elapsed);
                Interlocked.Increment(ref requests);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }

                using var json = JsonDocument.Parse(text);
                if (json.RootElement.GetProperty("treeSize").GetInt64() != size)
                    Interlocked.Increment(ref wrongSize);
                Interlocked.Add(ref proofHashes, json.RootElement.GetProperty("proof").GetArrayLength());
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        return (new
        {
            treeSize = size, clients, seconds = Math.Round(elapsed, 1), requests, failures, wrongSize,
            requestsPerSecond = Math.Round(requests / elapsed, 1), meanProofHashes = requests == 0 ? 0 : Math.Round((double)proofHashes / requests, 1),
            latencyMs = latencies.Summary(),
        }, failures == 0 && wrongSize == 0);
    }

    /// <summary>A shared counter the capture clients take event numbers from.</summary>
    public sealed class StrongBox
    {
        public long Value;
    }
}
