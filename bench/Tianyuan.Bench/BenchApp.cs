namespace Tianyuan.Bench;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

/// <summary>The published web app in its own process, on a free port, with the settings a benchmark needs.</summary>
sealed class BenchApp : IAsyncDisposable
{
    readonly string folder;
    readonly ProcessStartInfo start;
    Process process;

    BenchApp(Process process, ProcessStartInfo start, string folder, string url, TimeSpan coldStart)
    {
        this.process = process;
        this.start = start;
        this.folder = folder;
        Url = url;
        ColdStart = coldStart;
    }

    public string Url { get; }

    public TimeSpan ColdStart { get; }

    public string Folder => folder;

    /// <summary>CPU time the app process has used so far (user + system): per operation, a figure a busy machine hardly moves.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Peak resident memory of the app process so far (VmHWM), in MiB.</summary>
    public double PeakMemoryMiB => File.ReadLines($"/proc/{process.Id}/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();

    public static async Task<BenchApp> StartAsync(string dll, IDictionary<string, string> settings)
    {
        var folder = Directory.CreateTempSubdirectory("ty-bench-").FullName;
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = url, ["Database__Path"] = Path.Combine(folder, "bench.db"), ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Serilog__MinimumLevel__Default"] = "Warning", ["Farm__Mqtt__Enabled"] = "false", ["Limits__LoginPerMinute"] = "100000",
            },
        };
        foreach (var (key, value) in settings)
            start.Environment[key] = value;

        var clock = Stopwatch.StartNew();
        var process = await LaunchAsync(start, url);
        return new BenchApp(process, start, folder, url, clock.Elapsed);
    }

    /// <summary>
    /// Kills the app as a crash would (no graceful stop, nothing flushed) and starts it again on the same database,
    /// ports and settings; returns once it is ready again.
    /// </summary>
    public async Task CrashAndRestartAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        process = await LaunchAsync(start, Url);
    }

    static async Task<Process> LaunchAsync(ProcessStartInfo start, string url)
    {
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        while (true)
        {
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                    return process;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(2) || process.HasExited)
                throw new InvalidOperationException("The app did not become ready within 2 minutes.");
            await Task.Delay(50);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tianyuan.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    public static async Task WriteResultAsync(string root, string name, string json)
    {
        Console.WriteLine(json);
        Directory.CreateDirectory(Path.Combine(root, "bench", "results"));
        await File.WriteAllTextAsync(Path.Combine(root, "bench", "results", name), json);
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
