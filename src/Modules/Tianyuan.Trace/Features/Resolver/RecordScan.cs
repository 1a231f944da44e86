namespace Tianyuan.Trace.Features.Resolver;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;

/// <summary>
/// A consumer page view of a serialised item: the scan is recorded, counted, and when more distinct sources than
/// the threshold scanned this serial within the window, the page warns and the producer is alerted once (an alert
/// row and a warning log line; a notification contract to the producer does not exist yet).
/// </summary>
static class RecordScan
{
    /// <summary>What the page tells the consumer: how often and since when this code was checked, and whether that looks copied.</summary>
    public sealed record Result(int Count, DateTimeOffset FirstAt, bool Suspicious);

    public static async Task<Result> ExecuteAsync(TraceDb db, ItemLink item, string source, ScanSettings settings, TimeProvider clock,
        ILogger logger, CancellationToken ct)
    {
        var (gtin, serial) = (item.Gtin, item.Serial!);
        var now = clock.GetUtcNow();
        db.Scans.Add(new Scan { Id = Guid.CreateVersion7(now), Gtin = gtin, Serial = serial, ScannedAt = now, Source = source });
        await db.SaveChangesAsync(ct);

        var scans = db.Scans.AsNoTracking().Where(s => s.Gtin == gtin && s.Serial == serial);
        var count = await scans.CountAsync(ct);
        var first = await scans.OrderBy(s => s.ScannedAt).Select(s => s.ScannedAt).FirstAsync(ct);
        var since = now - settings.Window;
        var sources = await scans.Where(s => s.ScannedAt >= since).Select(s => s.Source).Distinct().CountAsync(ct);
        var suspicious = sources > settings.Threshold;
        if (suspicious && !await db.ScanAlerts.AnyAsync(a => a.Gtin == gtin && a.Serial == serial, ct))
            await AlertAsync(db, item, sources, now, logger, ct);
        return new(count, first, suspicious);
    }

    static async Task AlertAsync(TraceDb db, ItemLink item, int sources, DateTimeOffset now, ILogger logger, CancellationToken ct)
    {
        db.ScanAlerts.Add(new ScanAlert { Id = Guid.CreateVersion7(now), Gtin = item.Gtin, Serial = item.Serial!, RaisedAt = now, DistinctSources = sources });
        try
        {
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Possible counterfeit: {Item} scanned from {Sources} distinct sources", item.Uri, sources);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another node raised the same alert a moment ago; one is enough.
            db.ChangeTracker.Clear();
        }
    }
}
