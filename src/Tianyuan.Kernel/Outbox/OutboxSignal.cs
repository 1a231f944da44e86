namespace Tianyuan.Kernel.Outbox;

using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>Wakes the dispatcher when something was written to an outbox, so delivery does not wait for the poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    readonly SemaphoreSlim pulse = new(0, 1);

    public void Notify()
    {
        if (pulse.CurrentCount == 0)
        {
            try
            {
                pulse.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer notified at the same moment; one pulse is enough.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => pulse.WaitAsync(timeout, ct);

    public void Dispose() => pulse.Dispose();
}

/// <summary>Notifies after a save that added outbox messages (the poll covers saves inside longer transactions).</summary>
sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    // One interceptor serves every pooled context of a module at once (their options are shared), so whether a save
    // added messages is remembered per context, never in a field.
    static readonly ConditionalWeakTable<DbContext, object> Adding = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            if (context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
                Adding.AddOrUpdate(context, context);
            else
                Adding.Remove(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Adding.Remove(context) && context.Database.CurrentTransaction is null)
            signal.Notify();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            Adding.Remove(context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }
}
