namespace Tianyuan.Farm.Features.Diary;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Contracts;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Trace.Contracts;

/// <summary>
/// Irrigation, fertilization, spraying and harvests into a lot become EPCIS events in Trace, one per plot the entry
/// covers (a whole-farm spraying reaches every plot's lots). Runs from the outbox after the entry's commit, so a Trace
/// failure is retried rather than losing the record; each event's reference (entry and plot) makes a retry record nothing new.
/// </summary>
sealed class RecordDiaryInTrace(FarmDb db, ITraceRecords trace) : IIntegrationEventHandler<FarmDiaryRecorded>
{
    public async Task HandleAsync(FarmDiaryRecorded recorded, IntegrationEventContext context, CancellationToken ct)
    {
        if (!TraceFieldOperation.Kinds.Contains(recorded.Kind))
            return;
        var entry = await db.Diary.AsNoTracking().FirstOrDefaultAsync(e => e.Id == recorded.EntryId, ct);
        // A harvest without a lot has nothing a label or consumer page could name.
        if (entry is null || (entry.Kind == TraceFieldOperation.Harvest && entry.Lot is null))
            return;
        var farm = await db.Farms.AsNoTracking().Include(f => f.Plots).FirstAsync(f => f.Id == entry.FarmId, ct);
        foreach (var plot in farm.Plots.Where(p => entry.PlotId is null || p.Id == entry.PlotId))
        {
            await trace.RecordFieldOperationAsync(new TraceFieldOperation(
                $"farm:diary:{entry.Id:N}:plot:{plot.Id:N}", entry.Kind, PlotField.Name(plot.Id), At(entry),
                entry.Product, entry.Amount, entry.WithdrawalDays, entry.Lot, entry.Gtin, RecordDiaryEntry.HarvestKilograms(entry.Amount),
                $"{farm.Name} · {plot.Name}"), ct);
        }
    }

    /// <summary>The diary keeps a day; the moment it was written down when that is the same (China) day, else noon of the day.</summary>
    static DateTimeOffset At(DiaryEntry e)
    {
        var written = Kernel.ChinaTime.ToChinaTime(e.RecordedAt);
        return DateOnly.FromDateTime(written.DateTime) == e.Day ? e.RecordedAt : new DateTimeOffset(e.Day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));
    }
}
