namespace Tianyuan.Kernel.Jobs;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// A job that runs every <see cref="Interval"/> on exactly one node: each node wakes up on the interval and runs
/// the job only if it takes the job's lease in <typeparamref name="TDb"/> (the owning module's database).
/// </summary>
public abstract class ScheduledJob<TDb>(IServiceProvider services, TimeProvider clock, ILogger logger) : BackgroundService
    where TDb : DbContext
{
    readonly string node = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected TimeProvider Clock => clock;

    /// <summary>Stable name, unique per module database.</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunAsync(TDb db, CancellationToken ct);

    /// <summary>Waits until the next run: <see cref="Interval"/>, or sooner for a job that something can wake.</summary>
    protected virtual Task WaitAsync(CancellationToken ct) => Task.Delay(Interval, clock, ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Scheduled job {Job} failed; it runs again in {Interval}", Name, Interval);
            }

            await WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Runs the job now if this node gets the lease; true when it ran.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        // Held slightly shorter than the interval, so the holder's next tick finds it free or its own.
        if (!await JobLease.TryAcquireAsync(db, Name, node, Interval * 0.9, clock, ct))
            return false;
        await RunAsync(db, ct);
        return true;
    }
}
