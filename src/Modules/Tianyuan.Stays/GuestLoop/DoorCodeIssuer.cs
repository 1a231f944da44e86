namespace Tianyuan.Stays.GuestLoop;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Jobs;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Notifications;

/// <summary>
/// Every 10 minutes, on one node: issues the door code for each confirmed booking whose arrival day has come and
/// tells the guest. Guests who check themselves in before the job runs get theirs at check-in.
/// </summary>
sealed class DoorCodeIssuer(IServiceProvider services, TimeProvider clock, ILockProvider locks, StayNotifier notifier, ILogger<DoorCodeIssuer> logger)
    : ScheduledJob<StaysDb>(services, clock, logger)
{
    protected override string Name => "door-codes";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(10);

    protected override async Task RunAsync(StaysDb db, CancellationToken ct)
    {
        var today = Clock.Today();
        var due = await db.Bookings
            .Where(b => b.Status == BookingStatus.Confirmed && b.CheckIn <= today && b.CheckOut > today
                && !db.DoorCodes.Any(d => d.BookingId == b.Id && d.RevokedAt == null))
            .Take(500).ToListAsync(ct);
        if (due.Count == 0)
            return;
        var doorCodes = new DoorCodes(locks, Clock);
        var stays = await db.Stays.AsNoTracking().Where(s => due.Select(b => b.StayId).Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        foreach (var booking in due)
        {
            if (await doorCodes.CurrentAsync(db, booking, stays[booking.StayId], ct) is not null)
                notifier.ToGuest(db, booking, "Msg_DoorCode", stays[booking.StayId].NameZh);
        }

        await db.SaveChangesAsync(ct);
    }
}
