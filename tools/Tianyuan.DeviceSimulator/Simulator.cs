namespace Tianyuan.DeviceSimulator;

using Tianyuan.Farm.Demo;

/// <summary>Sign in, get the devices (from the state file or by registering), backfill, then run live until stopped.</summary>
internal static class Simulator
{
    public static async Task<int> RunAsync(SimOptions options, CancellationToken ct)
    {
        List<SimDevice> devices;
        try
        {
            using var api = new HttpClient { BaseAddress = options.Url };
            await FarmApi.SignInAsync(api, options.Email, options.Password, ct);
            var saved = DeviceState.Load(options.StatePath, options.Url);
            devices = await FarmApi.EnsureDevicesAsync(api, saved, options.Devices, ct);
            if (devices.Count > saved.Count)
                DeviceState.Save(options.StatePath, options.Url, [.. devices, .. saved.Skip(devices.Count)]);
            Console.WriteLine($"{devices.Count} devices ({devices.Count(d => DiurnalSeries.IsStation(d.Kind))} weather stations), " +
                $"{devices.Count - saved.Count(s => devices.Contains(s))} newly registered; keys are kept in {options.StatePath} (mode 600).");
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync($"Setup failed: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 1;
        }

        var counters = new Counters();
        using var reporting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reporter = ReportAsync(counters, reporting.Token);
        try
        {
            if (options.BackfillDays > 0)
            {
                await using var http = new HttpTransport(options.Url);
                Console.WriteLine($"Backfilling {options.BackfillDays} days of hourly history over HTTP…");
                await Backfill.RunAsync(devices, options.BackfillDays, http, counters, ct);
                Console.WriteLine($"Backfill done: {counters}");
            }

            await using ITransport transport = options.Transport == "mqtt"
                ? new MqttTransport(options.Url.Host, options.MqttPort)
                : new HttpTransport(options.Url);
            Console.WriteLine($"Sending every {options.IntervalSeconds} s over {options.Transport}. Ctrl+C stops.");
            await new LiveRun(options, transport, counters).RunAsync(devices, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped during the backfill; the live run handles its own cancellation.
        }

        await reporting.CancelAsync();
        await reporter;
        Console.WriteLine($"Stopped: {counters}");
        return counters.Errors == 0 ? 0 : 1;
    }

    static async Task ReportAsync(Counters counters, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
                Console.WriteLine($"{DateTimeOffset.Now:HH:mm:ss} {counters}");
        }
        catch (OperationCanceledException)
        {
            // The run is over; the final totals are printed by the caller.
        }
    }
}
