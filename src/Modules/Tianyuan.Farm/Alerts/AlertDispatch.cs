namespace Tianyuan.Farm.Alerts;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Resources;

/// <summary>
/// After each sweep: every open alert not yet delivered goes to every sink, and each outcome is stored. A sink that
/// throws is recorded as failed and does not stop the others; the alert is not offered again (no repeated SMS).
/// </summary>
static partial class AlertDispatch
{
    public static async Task DeliverNewAsync(FarmDb db, IEnumerable<IAlertSink> sinks, IStringLocalizer<FarmText> t, ILogger logger, DateTimeOffset now,
        CancellationToken ct)
    {
        var fresh = await db.Alerts.Where(a => a.ResolvedAt == null && !a.Deliveries.Any()).ToListAsync(ct);
        if (fresh.Count == 0)
            return;
        var farmIds = fresh.Select(a => a.FarmId).Distinct().ToList();
        var farms = await db.Farms.AsNoTracking().Where(f => farmIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        var plots = await db.Plots.AsNoTracking().Where(p => farmIds.Contains(p.FarmId)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var devices = await db.Devices.AsNoTracking().Where(d => farmIds.Contains(d.FarmId)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var rules = await PestRules.ForFarmsAsync(db, farmIds, key => t[key], english: false, ct);
        foreach (var alert in fresh)
        {
            var text = AlertMessages.Render(t, alert.Kind, alert.Value, alert.PlotId is { } p ? plots.GetValueOrDefault(p) : null,
                alert.DeviceId is { } d ? devices.GetValueOrDefault(d) : null, rules[alert.FarmId].FirstOrDefault(r => r.Id == alert.RuleId));
            var notice = new AlertNotice(alert.Id, alert.FarmId, farms.GetValueOrDefault(alert.FarmId) ?? "", text);
            foreach (var sink in sinks)
            {
                DeliveryResult result;
                try
                {
                    result = await sink.DeliverAsync(notice, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Failed(logger, e, sink.Channel, alert.Id);
                    result = new DeliveryResult("failed", e.Message[..Math.Min(e.Message.Length, 200)]);
                }

                // Added through the set, not the navigation: with its key already set EF would otherwise take it for an existing row.
                db.Deliveries.Add(new AlertDelivery
                {
                    Id = Guid.CreateVersion7(now), AlertId = alert.Id, Channel = sink.Channel, Status = result.Status, Detail = result.Detail, At = now,
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering alert {AlertId} through {Channel} failed")]
    static partial void Failed(ILogger logger, Exception e, string channel, Guid alertId);
}
