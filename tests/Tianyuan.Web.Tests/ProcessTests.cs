namespace Tianyuan.Web.Tests;

using System.Diagnostics;
using System.Net;

/// <summary>
/// The app as an operator starts it: its own process, told where to listen by ASPNETCORE_URLS and where to keep
/// its database by Database__Path, and stopped with SIGTERM (what systemd and container runtimes send).
/// </summary>
public class ProcessTests
{
    [Fact]
    public async Task The_app_listens_where_ASPNETCORE_URLS_says_keeps_its_file_where_Database_Path_says_and_stops_cleanly()
    {
        var folder = Directory.CreateTempSubdirectory("ty-process-").FullName;
        var database = Path.Combine(folder, "county", "tianyuan.db");
        var port = TestApp.FreePort();
        var start = new ProcessStartInfo("dotnet", $"\"{WebDll()}\"")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Database__Path"] = database,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Serilog__MinimumLevel__Default"] = "Warning",
                ["Farm__Mqtt__Enabled"] = "false",
            },
        };
        // The test's own PostgreSQL setting must not leak into a process that should use SQLite.
        start.Environment.Remove(TestApp.PostgresVariable);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var ready = false;
            for (var i = 0; i < 240 && !ready && !process.HasExited; i++)
            {
                try
                {
                    using var response = await http.GetAsync("/health/ready");
                    ready = response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250);
                }
            }

            Assert.True(ready, "the app did not answer /health/ready on the port ASPNETCORE_URLS gave");
            Assert.True(File.Exists(database), "the SQLite file is not where Database__Path said");
            Assert.Contains(output, line => line.Contains($"http://127.0.0.1:{port}", StringComparison.Ordinal));

            // Graceful shutdown: SIGTERM lets requests finish and the host stop; the exit code is 0.
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The web app's own build output (same configuration as these tests).</summary>
    static string WebDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tianyuan.slnx")))
            dir = dir.Parent;
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(dir!.FullName, "src", "Tianyuan.Web", "bin", configuration, "net10.0", "Tianyuan.Web.dll");
    }
}
