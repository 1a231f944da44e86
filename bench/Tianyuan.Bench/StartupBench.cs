namespace Tianyuan.Bench;

using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// Cold start (process launch → /health/ready 200, migrations and demo seeding included), the home page's weight on
/// the wire with the CSS/JS it loads (Brotli, as a browser receives it), and sequential page latency.
/// Writes bench/results/startup-and-page.json.
/// </summary>
static class StartupBench
{
    public static async Task<int> RunAsync(string dll, string root, int requests)
    {
        await using var app = await BenchApp.StartAsync(dll, new Dictionary<string, string>());
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(app.Url) };
        var (homeBytes, homeEncoding, html) = await FetchAsync(http, "/");
        var assets = Regex.Matches(html, "(?:href|src)=\"([^\"]+\\.(?:css|js))\"").Select(m => "/" + m.Groups[1].Value.TrimStart('/')).Distinct().ToList();
        long assetBytes = 0;
        foreach (var asset in assets)
            assetBytes += (await FetchAsync(http, asset)).Bytes;

        var result = new
        {
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            coldStartMs = Math.Round(app.ColdStart.TotalMilliseconds),
            homePage = new { htmlBytesOnWire = homeBytes, encoding = homeEncoding, assets, assetBytesOnWire = assetBytes, totalBytesOnWire = homeBytes + assetBytes },
            latencyMs = new { home = await LatencyAsync(http, "/", requests), regionTree = await LatencyAsync(http, "/api/regions", requests) },
            requests,
        };
        await BenchApp.WriteResultAsync(root, "startup-and-page.json", JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    static async Task<(long Bytes, string Encoding, string Text)> FetchAsync(HttpClient http, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var raw = await response.Content.ReadAsByteArrayAsync();
        var encoding = string.Join(',', response.Content.Headers.ContentEncoding);
        Stream body = new MemoryStream(raw);
        if (encoding == "br")
            body = new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress);
        else if (encoding == "gzip")
            body = new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(body);
        return (raw.LongLength, encoding.Length == 0 ? "identity" : encoding, await reader.ReadToEndAsync());
    }

    static async Task<object> LatencyAsync(HttpClient http, string path, int n)
    {
        for (var i = 0; i < 10; i++)
            await FetchAsync(http, path); // warm-up
        var samples = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            var sw = Stopwatch.StartNew();
            await FetchAsync(http, path);
            samples.Add(sw.Elapsed.TotalMilliseconds);
        }
    
        samples.Sort();
        return new { p50 = Math.Round(samples[n / 2], 2), p95 = Math.Round(samples[(int)(n * 0.95)], 2), max = Math.Round(samples[^1], 2) };
    }
}
