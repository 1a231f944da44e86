namespace Tianyuan.Bench;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// Sustained MQTT ingest: N devices registered through the API, each an <see cref="IngestDevice"/> on its own
/// connection. Reports messages/s and readings/s, the p50/p95/p99 publish-to-acknowledgement time (the broker
/// acknowledges after the commit, so this is ingest-to-queryable), peak memory of the app, and the reconciliation:
/// every acknowledged reading stored, none counted twice. Mode "restart" also crashes and restarts the app (and with
/// it the embedded broker) a third of the way in, and the database server two thirds in (BENCH_PG_RESTART, a shell
/// command, e.g. pg_ctl restart -m immediate on a throwaway server). Writes
/// bench/results/ingest-{provider}-{mode}-{seconds}s.json.
/// </summary>
static class IngestBench
{
    public static async Task<int> RunAsync(string dll, string root, int seconds, int devices, string provider, string mode)
    {
        var mqttPort = BenchApp.FreePort();
        var settings = new Dictionary<string, string> { ["Farm__Mqtt__Enabled"] = "true", ["Farm__Mqtt__Port"] = mqttPort.ToString(CultureInfo.InvariantCulture) };
        var postgres = provider == "postgres" ? Environment.GetEnvironmentVariable("BENCH_PG") : null;
        var restartDatabase = Environment.GetEnvironmentVariable("BENCH_PG_RESTART");
        if (provider == "postgres" && postgres is null)
        {
            Console.Error.WriteLine("Set BENCH_PG to the connection string of an empty PostgreSQL database.");
            return 2;
        }

        if (mode is not ("steady" or "restart") || (mode == "restart" && postgres is not null && restartDatabase is null))
        {
            Console.Error.WriteLine("mode is steady or restart; restart on postgres needs BENCH_PG_RESTART, a command that restarts that server (never a shared one).");
            return 2;
        }

        BenchDatabase.Configure(settings, postgres);
        await using var app = await BenchApp.StartAsync(dll, settings);
        var start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddDays(-1).ToUnixTimeSeconds());
        var nodes = await RegisterDevicesAsync(app.Url, devices, mqttPort, start);
        Console.Error.WriteLine($"publishing from {devices} devices for {seconds} s ({mode})");
        var clock = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        var events = new List<string>();
        var publishing = Task.WhenAll(nodes.Select(node => Task.Run(() => node.RunAsync(clock, until))));
        if (mode == "restart")
            await DisruptAsync(app, restartDatabase, clock, until, events);
        await publishing;
        var elapsed = clock.Elapsed.TotalSeconds;

        var reconciliation = await IngestReconciliation.CountAsync(nodes, postgres, Path.Combine(app.Folder, "bench.db"));
        var messages = nodes.Sum(n => (long)n.Acknowledged + n.Resends);
        var sorted = nodes.SelectMany(n => n.Latencies).Order().ToList();
        var result = new
        {
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            provider, mode, devices, seconds = Math.Round(elapsed, 1), readingsPerMessage = IngestDevice.ReadingsPerMessage,
            acknowledgedMessages = messages, duplicateMessages = nodes.Sum(n => (long)n.Resends), unacknowledgedAttempts = nodes.Sum(n => (long)n.Failures),
            messagesPerSecond = Math.Round(messages / elapsed), readingsPerSecond = Math.Round(messages * IngestDevice.ReadingsPerMessage / elapsed),
            ackLatencyMs = new { p50 = Percentile(sorted, 0.50), p95 = Percentile(sorted, 0.95), p99 = Percentile(sorted, 0.99), max = sorted.LastOrDefault() },
            peakMemoryMiB = Math.Round(app.PeakMemoryMiB),
            events,
            reconciliation = new
            {
                acknowledgedReadings = reconciliation.AcknowledgedReadings, storedOfAcknowledged = reconciliation.StoredOfAcknowledged,
                lost = reconciliation.Lost, storedUnacknowledged = reconciliation.StoredUnacknowledged,
                hourlyRollupCount = reconciliation.RollupCount, rollupMismatch = reconciliation.RollupMismatch,
            },
        };
        await BenchApp.WriteResultAsync(root, $"ingest-{provider}-{mode}-{seconds}s.json", JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        return reconciliation.Lost == 0 && reconciliation.RollupMismatch == 0 ? 0 : 1;
    }

    /// <summary>A third of the way in the app crashes and restarts; two thirds in, the database server restarts.</summary>
    static async Task DisruptAsync(BenchApp app, string? restartDatabase, Stopwatch clock, TimeSpan until, List<string> events)
    {
        await Task.Delay(until / 3);
        var down = Stopwatch.StartNew();
        await app.CrashAndRestartAsync();
        events.Add($"{clock.Elapsed.TotalSeconds - down.Elapsed.TotalSeconds:0} s: app (embedded broker) killed and restarted, ready after {down.Elapsed.TotalSeconds:0.0} s");
        if (restartDatabase is null)
            return;
        var wait = (until * 2 / 3) - clock.Elapsed;
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait);
        down.Restart();
        using var restart = Process.Start(new ProcessStartInfo("bash", ["-c", restartDatabase]))!;
        await restart.WaitForExitAsync();
        events.Add($"{clock.Elapsed.TotalSeconds - down.Elapsed.TotalSeconds:0} s: database server restarted (exit {restart.ExitCode}) in {down.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Signs in as the demo farmer and registers the devices on their plots, as a farmer's app would.</summary>
    static async Task<List<IngestDevice>> RegisterDevicesAsync(string url, int count, int mqttPort, DateTimeOffset start)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email = "farmer@demo.tianyuan.cn", password = "Tianyuan-demo-2026" });
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var plots = (await http.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items").EnumerateArray().ToList();
        var nodes = new List<IngestDevice>();
        for (var i = 0; i < count; i++)
        {
            var plot = plots[i % plots.Count];
            using var created = await http.PostAsJsonAsync("/api/farm/devices", new { plotId = plot.GetProperty("id").GetGuid(), name = $"压测节点{i:000}", kind = "soil-moisture" });
            created.EnsureSuccessStatusCode();
            var body = await created.Content.ReadFromJsonAsync<JsonElement>();
            nodes.Add(new IngestDevice(plot.GetProperty("farmId").GetGuid(), body.GetProperty("id").GetGuid(), body.GetProperty("key").GetString()!, mqttPort, start, i));
        }

        return nodes;
    }

    static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))], 2);
}
