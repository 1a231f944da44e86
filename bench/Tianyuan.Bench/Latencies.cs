namespace Tianyuan.Bench;

using System.Collections.Concurrent;

/// <summary>Request times in milliseconds, collected from many clients at once, summarised as nearest-rank percentiles.</summary>
sealed class Latencies
{
    readonly ConcurrentBag<double> samples = [];

    public int Count => samples.Count;

    public void Add(TimeSpan elapsed) => samples.Add(elapsed.TotalMilliseconds);

    public object Summary()
    {
        var sorted = samples.Order().ToList();
        return new { p50 = At(sorted, 0.50), p95 = At(sorted, 0.95), p99 = At(sorted, 0.99), max = sorted.Count == 0 ? 0 : Math.Round(sorted[^1], 1) };
    }

    static double At(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * p) - 1)], 1);
}
