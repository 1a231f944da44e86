namespace Tianyuan.Kernel.Outbox;

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
    bool pending;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        pending = eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (pending && eventData.Context?.Database.CurrentTransaction is null)
            signal.Notify();
        pending = false;
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
