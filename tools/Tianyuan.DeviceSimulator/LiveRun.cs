namespace Tianyuan.DeviceSimulator;

using Tianyuan.Farm.Demo;

/// <summary>
/// Each device sends its current readings every interval, with the faults a real field network shows: a resent
/// earlier message (duplicate), a message held back and delivered a few intervals later with its original time
/// (late), and a random delay before each send (jitter).
/// </summary>
internal sealed class LiveRun(SimOptions options, ITransport transport, Counters counters)
{
    public Task RunAsync(IReadOnlyList<SimDevice> devices, CancellationToken ct) =>
        Task.WhenAll(devices.Select((device, i) => RunDeviceAsync(device, TimeSpan.FromSeconds((double)options.IntervalSeconds * i / devices.Count), ct)));

    async Task RunDeviceAsync(SimDevice device, TimeSpan offset, CancellationToken ct)
    {
        var random = new Random(device.Seed);
        var series = new DiurnalSeries(device.Seed);
        var interval = TimeSpan.FromSeconds(options.IntervalSeconds);
        var held = new List<(long DueTick, byte[] Pack)>();
        byte[]? previous = null;
        // Devices are spread over the interval so the server sees a steady stream, not a burst per interval.
        var start = DateTimeOffset.UtcNow + offset;
        try
        {
            for (long tick = 0; ; tick++)
            {
                var wait = start + (interval * tick) - DateTimeOffset.UtcNow;
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, ct);
                var now = DateTimeOffset.UtcNow;
                var pack = SenmlPack.Build(device.Id, [(now, series.Sample(device.Kind, now))]);
                if (random.NextDouble() < options.Late)
                {
                    held.Add((tick + random.Next(1, 6), pack));
                    counters.LateInjected();
                }
                else
                {
                    await SendAsync(device, pack, random, ct);
                }

                foreach (var due in held.Where(h => h.DueTick <= tick).ToList())
                {
                    held.Remove(due);
                    await SendAsync(device, due.Pack, random, ct);
                }

                if (previous is not null && random.NextDouble() < options.Duplicates)
                {
                    counters.DuplicateInjected();
                    await SendAsync(device, previous, random, ct);
                }

                previous = pack;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping (Ctrl+C or --duration): messages still held back as "late" are dropped, as a device switched off would.
        }
    }

    async Task SendAsync(SimDevice device, byte[] pack, Random random, CancellationToken ct)
    {
        if (options.JitterSeconds > 0)
            await Task.Delay(TimeSpan.FromSeconds(random.NextDouble() * options.JitterSeconds), ct);
        counters.Sent();
        try
        {
            var (acked, accepted) = await transport.SendAsync(device, pack, ct);
            if (!acked)
            {
                counters.Error();
                return;
            }

            counters.Acked();
            if (accepted is long readings)
                counters.Accepted(readings);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            counters.Error();
            await Console.Error.WriteLineAsync($"{device.Name}: {e.GetType().Name}: {e.Message}");
        }
    }
}
