namespace Tianyuan.Bench;

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

/// <summary>
/// EPCIS capture and the transparency log under load, on SQLite or PostgreSQL: single-event and 100-event capture
/// throughput (8 clients), then a load through the API in 500-event documents (up to 1,000,000 events or the load
/// time), query latency on it (MATCH_epc and a 1-hour eventTime window), and inclusion proofs at the log's full size
/// once a checkpoint covers it (the app runs with Trace:Log:CheckpointSeconds = 5).
/// PostgreSQL: BENCH_PG names the server; the run creates and drops its own database bench_trace_&lt;random&gt;.
/// Writes bench/results/trace-{provider}.json. With 0 load seconds only the two capture phases run (and the check that
/// a checkpoint covers every captured event), written to trace-{provider}-capture.json: the quick loop for capture work.
/// The log may hold more leaves than the bench captured: the app's own jobs record events too (Farm's daily sensor
/// summaries of the demo plots at start-up), so "covers all" means a checkpoint at least as large as the captures.
/// </summary>
static class TraceBench
{
    const int Clients = 8;
    const long MaxEvents = 1_000_000;

    public static Task<int> RunAsync(string dll, string root, string provider, int seconds, int loadSeconds) =>
        BenchDatabase.RunAsync(provider, "bench_trace", postgres => RunOnAsync(dll, root, provider, postgres, seconds, loadSeconds));

    static async Task<int> RunOnAsync(string dll, string root, string provider, string? postgres, int seconds, int loadSeconds)
    {
        // A week of demo farm history, not a year: the Farm module's start-up work is not what this bench measures.
        var settings = new Dictionary<string, string> { ["Trace__Log__CheckpointSeconds"] = "5", ["Farm__Demo__HistoryDays"] = "7" };
        BenchDatabase.Configure(settings, postgres);

        await using var app = await BenchApp.StartAsync(dll, settings);
        using var farmer = await StaysApi.SignInAsync(app.Url, "farmer@demo.tianyuan.cn");
        var next = new TraceLoad.StrongBox();
        var warm = await TraceLoad.CaptureAsync(farmer, next, 2, 1, TimeSpan.FromSeconds(2));

        Step($"capture, 1 event per document, {Clients} clients, {seconds} s");
        var single = await Measured(app, () => TraceLoad.CaptureAsync(farmer, next, Clients, 1, TimeSpan.FromSeconds(seconds)));
        Step($"capture, 100 events per document, {Clients} clients, {seconds} s");
        var batched = await Measured(app, () => TraceLoad.CaptureAsync(farmer, next, Clients, 100, TimeSpan.FromSeconds(seconds)));
        if (loadSeconds == 0)
            return await CaptureOnlyAsync(root, provider, app, farmer, next.Value, single, batched);

        Step($"load: 500-event documents, {Clients} clients, until {MaxEvents:N0} events or {loadSeconds} s");
        var load = await Measured(app, () => TraceLoad.CaptureAsync(farmer, next, Clients, 500, TimeSpan.FromSeconds(loadSeconds), MaxEvents));
        var events = next.Value;
        Step($"{events:N0} events captured; waiting for a checkpoint that covers them");
        var (checkpointSize, checkpointWait) = await TraceLoad.WaitForCheckpointAsync(farmer, events, TimeSpan.FromMinutes(3));

        Step($"queries on {events:N0} events, {Clients} clients, 20 s");
        var query = await Measured(app, () => TraceLoad.QueryAsync(app.Url, events, Clients, TimeSpan.FromSeconds(20)));
        Step($"inclusion proofs at size {checkpointSize:N0}, {Clients} clients, 10 s");
        var proof = await Measured(app, () => TraceLoad.ProofAsync(app.Url, checkpointSize, Clients, TimeSpan.FromSeconds(10)));
        var proofOneClient = await Measured(app, () => TraceLoad.ProofAsync(app.Url, checkpointSize, 1, TimeSpan.FromSeconds(5)));

        var result = new
        {
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            provider, at = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture),
            single, batched, load, events, checkpoint = new { size = checkpointSize, waitSeconds = checkpointWait, coversAll = checkpointSize >= events },
            query, proof, proofOneClient, peakMemoryMiB = Math.Round(app.PeakMemoryMiB), warmupOk = warm.Ok,
        };
        await BenchApp.WriteResultAsync(root, $"trace-{provider}.json", JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        return new[] { single, batched, load, query, proof }.All(p => p.Ok) && checkpointSize >= events ? 0 : 1;
    }

    static async Task<int> CaptureOnlyAsync(string root, string provider, BenchApp app, HttpClient farmer, long events, Phase single, Phase batched)
    {
        Step($"{events:N0} events captured; waiting for a checkpoint that covers them");
        var (checkpointSize, checkpointWait) = await TraceLoad.WaitForCheckpointAsync(farmer, events, TimeSpan.FromMinutes(3));
        var result = new
        {
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            provider, at = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture),
            single, batched, events, checkpoint = new { size = checkpointSize, waitSeconds = checkpointWait, coversAll = checkpointSize >= events },
            peakMemoryMiB = Math.Round(app.PeakMemoryMiB),
        };
        await BenchApp.WriteResultAsync(root, $"trace-{provider}-capture.json", JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        return single.Ok && batched.Ok && checkpointSize >= events ? 0 : 1;
    }

    /// <summary>A phase's figures, the load around it, and the CPU seconds the app itself spent on it.</summary>
    sealed record Phase(object Result, bool Ok, string LoadBefore, string LoadAfter, double AppCpuSeconds);

    static async Task<Phase> Measured(BenchApp app, Func<Task<(object Result, bool Ok)>> phase)
    {
        var before = LoadAverage();
        var cpu = app.CpuTime;
        var (result, ok) = await phase();
        var spent = Math.Round((app.CpuTime - cpu).TotalSeconds, 2);
        Console.WriteLine($"{JsonSerializer.Serialize(result)} app CPU {spent} s");
        return new Phase(result, ok, before, LoadAverage(), spent);
    }

    static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    static void Step(string what) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {what} (load {LoadAverage()})");
}
