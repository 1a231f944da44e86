// Benchmark harnesses; each starts the published web app as its own process and writes JSON under bench/results/.
//   dotnet publish src/Tianyuan.Web -c Release -o artifacts/web
//   dotnet run -c Release --project bench/Tianyuan.Bench -- startup [requests]
//   dotnet run -c Release --project bench/Tianyuan.Bench -- ingest [seconds] [devices] [sqlite|postgres] [steady|restart]
//     (postgres: BENCH_PG names an empty database, e.g. Host=127.0.0.1;Port=5433;Username=...;Database=bench;
//      restart: the app is killed and restarted at 1/3, and BENCH_PG_RESTART, a shell command restarting that
//      throwaway server, runs at 2/3)
//   dotnet run -c Release --project bench/Tianyuan.Bench -- stays [sqlite|postgres] [search-seconds]
//     (postgres: BENCH_PG names the server; the run creates and drops its own database bench_stays_<random>)
//   dotnet run -c Release --project bench/Tianyuan.Bench -- trace [sqlite|postgres] [capture-seconds] [load-seconds]
//     (postgres: as for stays, database bench_trace_<random>; load-seconds 0: the capture phases only)
//   dotnet run -c Release --project bench/Tianyuan.Bench -- market [sqlite|postgres] [seconds]
//     (postgres: as for stays, database bench_market_<random>)
// See docs/benchmarks.md for the figures and the machine.
using Tianyuan.Bench;

var root = BenchApp.RepoRoot();
var dll = Path.Combine(root, "artifacts", "web", "Tianyuan.Web.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"Publish first: dotnet publish src/Tianyuan.Web -c Release -o artifacts/web ({dll} not found)");
    return 2;
}

return args.FirstOrDefault() switch
{
    null or "startup" => await StartupBench.RunAsync(dll, root, args.Length > 1 ? int.Parse(args[1]) : 200),
    "ingest" => await IngestBench.RunAsync(dll, root, args.Length > 1 ? int.Parse(args[1]) : 60, args.Length > 2 ? int.Parse(args[2]) : 200,
        args.Length > 3 ? args[3] : "sqlite", args.Length > 4 ? args[4] : "steady"),
    "stays" => await StaysBench.RunAsync(dll, root, args.Length > 1 ? args[1] : "sqlite", args.Length > 2 ? int.Parse(args[2]) : 30),
    "trace" => await TraceBench.RunAsync(dll, root, args.Length > 1 ? args[1] : "sqlite", args.Length > 2 ? int.Parse(args[2]) : 20,
        args.Length > 3 ? int.Parse(args[3]) : 150),
    "market" => await MarketBench.RunAsync(dll, root, args.Length > 1 ? args[1] : "sqlite", args.Length > 2 ? int.Parse(args[2]) : 20),
    var other => Usage(other),
};

static int Usage(string command)
{
    Console.Error.WriteLine($"unknown benchmark '{command}': use startup, ingest, stays, trace or market");
    return 2;
}
