namespace Tianyuan.DeviceSimulator;

using Tianyuan.Farm.Demo;

/// <summary>
/// History for a demo: hourly readings for the last N days, sent over HTTP as one SenML pack per device per China
/// day (24 hours × 2 quantities = 48 records, far under the 5 000-record limit). Hourly matches the demo's own seeded
/// history; a year of it is about 17 500 readings a device.
/// </summary>
internal static class Backfill
{
    const int Parallel = 4;

    public static async Task RunAsync(IReadOnlyList<SimDevice> devices, int days, HttpTransport http, Counters counters, CancellationToken ct)
    {
        var end = DateTimeOffset.UtcNow;
        var first = new DateTimeOffset(end.Year, end.Month, end.Day, end.Hour, 0, 0, TimeSpan.Zero).AddDays(-days);
        var batches = devices.SelectMany(device => Enumerable.Range(0, days + 1).Select(day => (device, from: first.AddDays(day))));
        await System.Threading.Tasks.Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = ct },
            async (batch, token) =>
            {
                var series = new DiurnalSeries(batch.device.Seed);
                var hours = Enumerable.Range(0, 24).Select(h => batch.from.AddHours(h)).Where(at => at < end)
                    .Select(at => (at, series.Sample(batch.device.Kind, at))).ToList();
                if (hours.Count == 0)
                    return;
                counters.Sent();
                var (acked, accepted) = await http.SendAsync(batch.device, SenmlPack.Build(batch.device.Id, hours), token);
                if (!acked)
                {
                    counters.Error();
                    return;
                }

                counters.Acked();
                counters.Accepted(accepted ?? 0);
            });
    }
}
