namespace Tianyuan.Farm.Alerts;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Contracts;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Weather;
using Tianyuan.Kernel;

/// <summary>Where a rule stands on a farm: the biofix in effect, degree-days counted since, and the day the threshold was crossed.</summary>
sealed record RuleStatus(EffectiveRule Rule, DateOnly? Biofix, double DegreeDays, DateOnly? CrossedOn);

/// <summary>
/// Degree-day warnings: from each rule's biofix (set on the rule, or the farm's latest diary biofix for the pest in the
/// last year) the farm's daily minimum and maximum (station rollups, imported weather for missing days) are counted
/// with single sine and a horizontal cutoff, through yesterday, the last complete day. A missing day adds nothing.
/// </summary>
static class PestWarnings
{
    public const string Kind = "pest-degree-days";

    /// <summary>How long after the crossing the warning stays open: the spray window the advice speaks of has passed by then.</summary>
    public const int OpenDays = 7;

    public static async Task<IReadOnlyList<RuleStatus>> EvaluateAsync(FarmDb db, Guid farmId, IReadOnlyList<EffectiveRule> rules, DateOnly today, CancellationToken ct)
    {
        var yearAgo = today.AddDays(-366);
        var biofixes = await db.Diary.AsNoTracking().Where(d => d.FarmId == farmId && d.Kind == "biofix" && d.Day >= yearAgo && d.Day <= today)
            .OrderByDescending(d => d.Day).Select(d => new { d.Day, d.Pest }).ToListAsync(ct);
        var withBiofix = rules.Select(r => (Rule: r, Biofix: r.BiofixOn ?? biofixes.FirstOrDefault(b => r.Matches(b.Pest, PestRules.Aliases(r)))?.Day)).ToList();
        var earliest = withBiofix.Where(x => x.Biofix is not null).Select(x => x.Biofix!.Value).DefaultIfEmpty(today).Min();
        var yesterday = today.AddDays(-1);
        IReadOnlyList<DayTemperatures> weather = earliest > yesterday ? [] : await FarmWeather.DailyTemperaturesAsync(db, farmId, earliest, yesterday, ct);
        return [.. withBiofix.Select(x =>
        {
            if (x.Biofix is not { } biofix)
                return new RuleStatus(x.Rule, null, 0, null);
            var days = weather.Where(d => d.Date >= biofix).ToList();
            var daily = DegreeDays.Daily(days, x.Rule.LowerC, x.Rule.UpperC, DegreeDayMethod.SingleSine, DegreeDayCutoff.Horizontal);
            var total = 0.0;
            DateOnly? crossed = null;
            for (var i = 0; i < days.Count; i++)
            {
                total += daily[i];
                if (crossed is null && total >= x.Rule.ThresholdDd)
                    crossed = days[i].Date;
            }

            return new RuleStatus(x.Rule, biofix, Math.Round(total, 1), crossed);
        })];
    }

    /// <summary>
    /// Raises one alert per farm, rule and biofix when the threshold is crossed, refreshes its degree-days while it is
    /// open and resolves it <see cref="OpenDays"/> days later. The biofix is in the key, and a key that was ever raised
    /// is not raised again: the same crossing never warns twice, a new season's biofix does.
    /// </summary>
    public static async Task SweepAsync(FarmDb db, Dictionary<string, Domain.FarmAlert> open, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.ToChinaTime().DateTime);
        var yearAgo = today.AddDays(-366);
        var raised = (await db.Alerts.AsNoTracking().Where(a => a.Kind == Kind).Select(a => a.Key).ToListAsync(ct)).ToHashSet();
        // Only farms with a biofix can have a warning: that keeps the sweep cheap on a county where most farms grow tea.
        var farmIds = await db.Farms.AsNoTracking()
            .Where(f => db.Diary.Any(d => d.FarmId == f.Id && d.Kind == "biofix" && d.Day >= yearAgo) || db.PestRules.Any(r => r.FarmId == f.Id && r.BiofixOn != null))
            .Select(f => f.Id).ToListAsync(ct);
        // The sweep only counts; the texts are rendered where the alert is shown, in the reader's language.
        var rules = await PestRules.ForFarmsAsync(db, farmIds, static key => key, english: false, ct);
        foreach (var farmId in farmIds)
        {
            foreach (var status in await EvaluateAsync(db, farmId, [.. rules[farmId]], today, ct))
            {
                if (status.Biofix is not { } biofix)
                    continue;
                var key = $"{Kind}:{farmId:N}:{status.Rule.Id:N}:{biofix:yyyyMMdd}";
                var holds = status.CrossedOn is { } crossed && crossed >= today.AddDays(-OpenDays);
                if (open.TryGetValue(key, out var alert))
                {
                    alert.Value = status.DegreeDays;
                    if (holds)
                        alert.LastSeenAt = now;
                    else
                        alert.ResolvedAt = now;
                }
                else if (holds && raised.Add(key))
                {
                    db.Alerts.Add(new Domain.FarmAlert
                    {
                        Id = Guid.CreateVersion7(now), FarmId = farmId, RuleId = status.Rule.Id, Kind = Kind, Key = key, Value = status.DegreeDays,
                        RaisedAt = now, LastSeenAt = now,
                    });
                }
            }
        }
    }
}
