namespace Tianyuan.Kernel.Outbox;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Persistence;

/// <summary>
/// Delivers committed outbox messages of every module to their handlers. Safe with several nodes: a node
/// claims a message with a conditional update before handling it, so only one node delivers it at a time;
/// failures are retried with back-off and the error is kept on the row for operators.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceProvider services,
    IntegrationEventRegistry registry,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(1);
    readonly string node = $"{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverPendingAsync(stoppingToken);
                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable; try again on the next poll.
                logger.LogWarning(e, "Outbox dispatch pass failed");
                await Task.Delay(Poll, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>One pass over every module's outbox; returns how many messages were delivered.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken ct)
    {
        var delivered = 0;
        foreach (var module in services.GetServices<ModuleDbRegistration>())
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbType);
            var now = clock.GetUtcNow();
            var due = await db.Set<OutboxMessage>()
                .Where(m => m.ProcessedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
                .OrderBy(m => m.OccurredAt).Select(m => m.Id).Take(50).ToListAsync(ct);
            foreach (var id in due)
            {
                if (await TryDeliverAsync(db, id, ct))
                    delivered++;
            }
        }

        return delivered;
    }

    async Task<bool> TryDeliverAsync(DbContext db, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, now + ClaimFor).SetProperty(m => m.LockedBy, node), ct);
        if (claimed != 1)
            return false;

        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, ct);
        try
        {
            await using var handlerScope = services.CreateAsyncScope();
            await registry.DispatchAsync(handlerScope.ServiceProvider, message, ct);
            message.ProcessedAt = clock.GetUtcNow();
            message.LastError = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            message.Attempts++;
            message.LastError = e.InnerException?.Message ?? e.Message;
            message.NextAttemptAt = clock.GetUtcNow() + Backoff(message.Attempts);
            logger.LogWarning(e, "Outbox message {Id} ({Type}) failed, attempt {Attempt}", message.Id, message.Type, message.Attempts);
        }

        message.LockedUntil = null;
        message.LockedBy = null;
        await db.SaveChangesAsync(ct);
        return message.ProcessedAt is not null;
    }

    /// <summary>5 s, 10 s, 20 s ... capped at one hour.</summary>
    static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Math.Min(attempts - 1, 10))));
}
