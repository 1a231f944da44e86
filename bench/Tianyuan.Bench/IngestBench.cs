namespace Tianyuan.Bench;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MQTTnet;
using MQTTnet.Protocol;
using Npgsql;

/// <summary>
/// Sustained MQTT ingest: N devices registered through the API, each on its own connection, publishing SenML
/// messages of 4 readings at QoS 1 as fast as acknowledgements come back, with 1 % of messages sent twice.
/// Reports messages/s and readings/s, the p50/p95/p99 publish-to-acknowledgement time (the broker acknowledges after
/// the commit, so this is ingest-to-queryable), peak memory of the app, and the reconciliation
/// stored = sent − duplicates. Writes bench/results/ingest-{provider}.json.
/// </summary>
static class IngestBench
{
    const int ReadingsPerMessage = 4;

    public static async Task<int> RunAsync(string dll, string root, int seconds, int devices, string provider)
    {
        var mqttPort = BenchApp.FreePort();
        var settings = new Dictionary<string, string> { ["Farm__Mqtt__Enabled"] = "true", ["Farm__Mqtt__Port"] = mqttPort.ToString(CultureInfo.InvariantCulture) };
        var postgres = provider == "postgres" ? Environment.GetEnvironmentVariable("BENCH_PG") : null;
        if (provider == "postgres")
        {
            if (postgres is null)
            {
                Console.Error.WriteLine("Set BENCH_PG to the connection string of an empty PostgreSQL database.");
                return 2;
            }

            settings["Database__Provider"] = "Postgres";
            settings["ConnectionStrings__Tianyuan"] = postgres;
        }

        await using var app = await BenchApp.StartAsync(dll, settings);
        var nodes = await RegisterDevicesAsync(app.Url, devices);
        var clients = new List<IMqttClient>();
        foreach (var node in nodes)
        {
            var client = new MqttClientFactory().CreateMqttClient();
            await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", mqttPort).WithClientId(node.Device.ToString("N"))
                .WithCredentials(node.Device.ToString(), node.Key).WithTimeout(TimeSpan.FromSeconds(30)).Build());
            clients.Add(client);
        }

        // The demo's own history is already in the table; only what this run adds is reconciled.
        var baseline = await CountStoredAsync(app, postgres);
        Console.Error.WriteLine($"publishing from {devices} devices for {seconds} s");
        var latencies = new ConcurrentBag<double>();
        long messages = 0, duplicateMessages = 0, failed = 0;
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var stop = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(nodes.Select((node, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            var sequence = 0;
            while (stop.Elapsed < until)
            {
                // Each message is one second later than the last for this device, so only resends are duplicates.
                var resend = sequence > 0 && random.NextDouble() < 0.01;
                var at = start.AddSeconds(resend ? sequence - 1 : sequence);
                var payload = Senml(node.Device, at, random);
                var sw = Stopwatch.StartNew();
                var result = await clients[i].PublishAsync(new MqttApplicationMessageBuilder().WithTopic($"farm/{node.Farm}/sensor/{node.Device}/up")
                    .WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
                if (!result.IsSuccess)
                {
                    Interlocked.Increment(ref failed);
                    continue;
                }

                latencies.Add(sw.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref messages);
                if (resend)
                    Interlocked.Increment(ref duplicateMessages);
                else
                    sequence++;
            }
        })));
        var elapsed = stop.Elapsed.TotalSeconds;
        foreach (var client in clients)
        {
            await client.DisconnectAsync();
            client.Dispose();
        }

        var stored = await CountStoredAsync(app, postgres) - baseline;
        var expected = (messages - duplicateMessages) * ReadingsPerMessage;
        var sorted = latencies.OrderBy(l => l).ToList();
        var result = new
        {
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            provider, devices, seconds = Math.Round(elapsed, 1), readingsPerMessage = ReadingsPerMessage,
            messages, duplicateMessages, failedPublishes = failed,
            messagesPerSecond = Math.Round(messages / elapsed), readingsPerSecond = Math.Round(messages * ReadingsPerMessage / elapsed),
            ackLatencyMs = new { p50 = Percentile(sorted, 0.50), p95 = Percentile(sorted, 0.95), p99 = Percentile(sorted, 0.99) },
            peakMemoryMiB = Math.Round(app.PeakMemoryMiB),
            reconciliation = new { storedReadings = stored, expectedReadings = expected, lost = expected - stored },
        };
        await BenchApp.WriteResultAsync(root, $"ingest-{provider}.json", JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        return stored == expected ? 0 : 1;
    }

    sealed record Node(Guid Farm, Guid Device, string Key);

    /// <summary>Signs in as the demo farmer and registers the devices on their plots, as a farmer's app would.</summary>
    static async Task<List<Node>> RegisterDevicesAsync(string url, int count)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email = "farmer@demo.tianyuan.cn", password = "Tianyuan-demo-2026" });
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var plots = (await http.GetFromJsonAsync<JsonElement>("/api/farm/plots")).GetProperty("items").EnumerateArray().ToList();
        var nodes = new List<Node>();
        for (var i = 0; i < count; i++)
        {
            var plot = plots[i % plots.Count];
            using var created = await http.PostAsJsonAsync("/api/farm/devices", new { plotId = plot.GetProperty("id").GetGuid(), name = $"压测节点{i:000}", kind = "soil-moisture" });
            created.EnsureSuccessStatusCode();
            var body = await created.Content.ReadFromJsonAsync<JsonElement>();
            nodes.Add(new Node(plot.GetProperty("farmId").GetGuid(), body.GetProperty("id").GetGuid(), body.GetProperty("key").GetString()!));
        }

        return nodes;
    }

    static byte[] Senml(Guid device, DateTimeOffset at, Random random) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"[{{\"bn\":\"{device}:\",\"bt\":{at.ToUnixTimeSeconds()},\"n\":\"soil-moisture\",\"u\":\"%VWC\",\"v\":{20 + (random.NextDouble() * 15):0.0}}}," +
        $"{{\"n\":\"temperature\",\"u\":\"Cel\",\"v\":{12 + (random.NextDouble() * 10):0.0}}},{{\"n\":\"humidity\",\"u\":\"%RH\",\"v\":{50 + (random.NextDouble() * 40):0}}}," +
        $"{{\"n\":\"battery\",\"u\":\"%EL\",\"v\":{80 + (random.NextDouble() * 20):0}}}]"));

    static async Task<long> CountStoredAsync(BenchApp app, string? postgres)
    {
        if (postgres is not null)
        {
            await using var pg = new NpgsqlConnection(postgres);
            await pg.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM farm.farm_reading", pg);
            return (long)(await count.ExecuteScalarAsync())!;
        }

        await using var sqlite = new SqliteConnection($"Data Source={Path.Combine(app.Folder, "bench.db")}");
        await sqlite.OpenAsync();
        await using var command = sqlite.CreateCommand();
        command.CommandText = "SELECT count(*) FROM farm_reading";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))], 2);
}
