// Starts the published web app as a separate process on a fresh SQLite file and measures:
//  - cold start: process launch → /health/ready answers 200 (migrations + demo seeding included);
//  - first-page weight: the home page and the CSS/JS it references, compressed as a browser would receive them;
//  - latency: sequential requests to the home page and the region tree (p50/p95).
// usage: dotnet publish src/Tianyuan.Web -c Release -o artifacts/web
//        dotnet run -c Release --project bench/Tianyuan.Bench -- [path/to/Tianyuan.Web.dll] [requests]
// Writes bench/results/startup-and-page.json.
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

var root = FindRepoRoot();
var dll = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(root, "artifacts/web/Tianyuan.Web.dll"));
var requests = args.Length > 1 ? int.Parse(args[1]) : 200;
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"Publish first: dotnet publish src/Tianyuan.Web -c Release -o artifacts/web ({dll} not found)");
    return 2;
}

var port = FreePort();
var data = Directory.CreateTempSubdirectory("ty-bench-").FullName;
var url = $"http://127.0.0.1:{port}";
var start = new ProcessStartInfo("dotnet", $"\"{dll}\"")
{
    WorkingDirectory = Path.GetDirectoryName(dll)!,
    RedirectStandardOutput = true,
    RedirectStandardError = true,
    Environment =
    {
        ["ASPNETCORE_URLS"] = url, ["Database__Path"] = Path.Combine(data, "bench.db"),
        ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Serilog__MinimumLevel__Default"] = "Warning", ["Farm__Mqtt__Enabled"] = "false",
    },
};

using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(url) };
var clock = Stopwatch.StartNew();
using var process = Process.Start(start)!;
process.BeginOutputReadLine();
process.BeginErrorReadLine();
double coldStartMs;
while (true)
{
    try
    {
        using var ready = await http.GetAsync("/health/ready");
        if (ready.StatusCode == HttpStatusCode.OK)
        {
            coldStartMs = clock.Elapsed.TotalMilliseconds;
            break;
        }
    }
    catch (HttpRequestException)
    {
        // not listening yet
    }

    if (clock.Elapsed > TimeSpan.FromMinutes(2) || process.HasExited)
    {
        Console.Error.WriteLine("The app did not become ready within 2 minutes.");
        return 1;
    }

    await Task.Delay(50);
}

try
{
    var (homeBytes, homeEncoding, html) = await FetchAsync(http, "/");
    var assets = Regex.Matches(html, "(?:href|src)=\"([^\"]+\\.(?:css|js))\"").Select(m => "/" + m.Groups[1].Value.TrimStart('/')).Distinct().ToList();
    long assetBytes = 0;
    foreach (var asset in assets)
        assetBytes += (await FetchAsync(http, asset)).Bytes;

    var home = await LatencyAsync(http, "/", requests);
    var tree = await LatencyAsync(http, "/api/regions", requests);

    var result = new
    {
        machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
        coldStartMs = Math.Round(coldStartMs),
        homePage = new { htmlBytesOnWire = homeBytes, encoding = homeEncoding, assets, assetBytesOnWire = assetBytes, totalBytesOnWire = homeBytes + assetBytes },
        latencyMs = new { home, regionTree = tree },
        requests,
    };
    var json = JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true });
    Console.WriteLine(json);
    Directory.CreateDirectory(Path.Combine(root, "bench/results"));
    await File.WriteAllTextAsync(Path.Combine(root, "bench/results/startup-and-page.json"), json);
    return 0;
}
finally
{
    process.Kill(entireProcessTree: true);
    await process.WaitForExitAsync();
    Directory.Delete(data, recursive: true);
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

static int FreePort()
{
    using var socket = new TcpListener(IPAddress.Loopback, 0);
    socket.Start();
    return ((IPEndPoint)socket.LocalEndpoint).Port;
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tianyuan.slnx")))
        dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
