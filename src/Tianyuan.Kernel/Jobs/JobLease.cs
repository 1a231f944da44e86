namespace Tianyuan.Kernel.Jobs;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Persistence;

/// <summary>
/// Who may run a scheduled job right now. With several web nodes on one database, a node runs a job only while
/// it holds the job's lease; a node that dies simply lets its lease run out and another takes over.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; init; }

    public string? Holder { get; set; }

    public DateTimeOffset LeasedUntil { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    /// <summary>
    /// Takes (or renews) the lease for <paramref name="holdFor"/>. One conditional UPDATE decides between racing
    /// nodes; the row is created on first use, and a node losing that insert race just does not get the lease.
    /// </summary>
    public static async Task<bool> TryAcquireAsync(DbContext db, string name, string holder, TimeSpan holdFor, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var leases = db.Set<JobLease>();
        var taken = await leases.Where(l => l.Name == name && (l.LeasedUntil < now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, now + holdFor).SetProperty(l => l.LastRunAt, now), ct);
        if (taken == 1)
            return true;
        if (await leases.AnyAsync(l => l.Name == name, ct))
            return false;

        leases.Add(new JobLease { Name = name, Holder = holder, LeasedUntil = now + holdFor, LastRunAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
