namespace Tianyuan.Trace.Features.Resolver;

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Features.Record;

/// <summary>
/// What the consumer page says about where a lot grew: the inputs applied (to the lot itself, or to the field it was
/// harvested from before the harvest) with their withdrawal periods checked against the lot's first harvest, and the
/// field's sensor days summed up. "The field" is the harvest event's bizLocation; its season starts after the previous
/// harvest there, and at most a year before.
/// </summary>
static class FieldRecord
{
    public static readonly TimeSpan LongestSeason = TimeSpan.FromDays(365);

    /// <summary>More than a season's inputs and days of one field would not be read on a phone.</summary>
    public const int Limit = 500;

    public enum Withdrawal { NotStated, Respected, Violated, Pending }

    /// <summary>An input's certificate photo as the page may show it: matching the hash the logged event names, changed since, or not stored here.</summary>
    public enum Certificate { None, Verified, Changed, Missing }

    public sealed record InputUse(DateTimeOffset At, string Product, string Dose, int? WithdrawalDays, Withdrawal Status, DateTimeOffset? AllowedFrom,
        string? CertificateHash = null, Certificate Certificate = Certificate.None);

    public sealed record Summary(IReadOnlyList<InputUse> Inputs, IReadOnlyList<SensorSummary> Sensors, int SensorDays, int Irrigations)
    {
        public static readonly Summary Empty = new([], [], 0, 0);
    }

    static readonly string Applying = RecordFields.Voc + "applying";
    static readonly string Harvesting = RecordFields.Voc + "harvesting";
    static readonly string Irrigating = RecordFields.Voc + "irrigating";
    static readonly string SensorReporting = Epcis.Vocabulary.BizStep("sensor_reporting")!;

    /// <summary>The record for the item's identifiers and the lots it was made from (<see cref="Lineage.All"/>).</summary>
    public static async Task<Summary> LoadAsync(TraceDb db, string[] epcs, CancellationToken ct)
    {
        var own = await db.Events.AsNoTracking()
            .Where(e => db.EventEpcs.Where(x => epcs.Contains(x.Epc)).Select(x => x.EventId).Contains(e.Id)) // EPC index first (see EventQuery)
            .Where(e => e.BizStep == Applying || e.BizStep == Harvesting)
            .OrderBy(e => e.EventTime).Take(Limit).ToListAsync(ct);
        if (own.Count == 0)
            return Summary.Empty;
        var harvests = own.Where(e => e.BizStep == Harvesting).ToList();
        var field = new List<EpcisEvent>();
        foreach (var harvest in harvests.Where(h => h.BizLocation is not null).DistinctBy(h => h.BizLocation))
            field.AddRange(await SeasonAsync(db, harvest.BizLocation!, harvest.EventTime, ct));

        var firstHarvest = harvests.Count > 0 ? harvests[0].EventTime : (DateTimeOffset?)null;
        var inputs = own.Concat(field).Where(e => e.BizStep == Applying).DistinctBy(e => e.Id).OrderBy(e => e.EventTime)
            .Select(e => Input(e, firstHarvest)).OfType<InputUse>().ToList();
        inputs = await WithCertificatesAsync(db, inputs, ct);
        var days = field.Where(e => e.BizStep == SensorReporting).DistinctBy(e => e.Id).ToList();
        var sensors = days.SelectMany(Sensors)
            .GroupBy(s => (s.Type, s.Unit)).Select(g => new SensorSummary(g.Key.Type, g.Min(s => s.Min), g.Max(s => s.Max), g.Key.Unit)).ToList();
        return new Summary(inputs, sensors, days.Count, field.Where(e => e.BizStep == Irrigating).DistinctBy(e => e.Id).Count());
    }

    /// <summary>
    /// Each input's certificate photo checked against the hash its event names: the event is in the transparency log,
    /// the stored photo is not, so a photo replaced afterwards shows as changed rather than as the recorded one.
    /// </summary>
    static async Task<List<InputUse>> WithCertificatesAsync(TraceDb db, List<InputUse> inputs, CancellationToken ct)
    {
        var hashes = inputs.Select(i => i.CertificateHash).OfType<string>().Distinct().ToList();
        if (hashes.Count == 0)
            return inputs;
        var intact = (await db.InputCertificates.AsNoTracking().Where(c => hashes.Contains(c.Sha256)).ToListAsync(ct)).ToDictionary(c => c.Sha256, c => c.Intact);
        return [.. inputs.Select(i => i.CertificateHash is not { } hash ? i
            : i with { Certificate = !intact.TryGetValue(hash, out var ok) ? Certificate.Missing : ok ? Certificate.Verified : Certificate.Changed })];
    }

    /// <summary>The field's events from the previous harvest there (or a year back) up to this harvest.</summary>
    static async Task<List<EpcisEvent>> SeasonAsync(TraceDb db, string location, DateTimeOffset harvestedAt, CancellationToken ct)
    {
        var from = harvestedAt - LongestSeason;
        var previous = await db.Events.AsNoTracking()
            .Where(e => e.BizLocation == location && e.BizStep == Harvesting && e.EventTime < harvestedAt && e.EventTime > from)
            .OrderByDescending(e => e.EventTime).Select(e => (DateTimeOffset?)e.EventTime).FirstOrDefaultAsync(ct);
        from = previous ?? from;
        return await db.Events.AsNoTracking()
            .Where(e => e.BizLocation == location && e.EventTime > from && e.EventTime <= harvestedAt
                && (e.BizStep == Applying || e.BizStep == Irrigating || e.BizStep == SensorReporting))
            .OrderByDescending(e => e.EventTime).Take(Limit).ToListAsync(ct);
    }

    /// <summary>The product, dose and withdrawal period in the event's ty:input, judged against the lot's first harvest.</summary>
    static InputUse? Input(EpcisEvent e, DateTimeOffset? harvestedAt)
    {
        using var json = JsonDocument.Parse(e.Json);
        if (!json.RootElement.TryGetProperty("ty:input", out var input) || input.ValueKind != JsonValueKind.Object)
            return null;
        var product = Text(input, "ty:product");
        var dose = Text(input, "ty:dose");
        int? days = input.TryGetProperty("ty:withdrawalDays", out var d) && d.TryGetInt32(out var n) ? n : null;
        var allowed = days is { } w ? e.EventTime.AddDays(w) : (DateTimeOffset?)null;
        var status = allowed is null ? Withdrawal.NotStated
            : harvestedAt is null ? Withdrawal.Pending
            : harvestedAt >= allowed ? Withdrawal.Respected
            : Withdrawal.Violated;
        return new InputUse(e.EventTime, product, dose, days, status, allowed, InputCertificateUpload.HashIn(input));
    }

    static IReadOnlyList<SensorSummary> Sensors(EpcisEvent e)
    {
        using var json = JsonDocument.Parse(e.Json);
        return SensorSummary.Of(json.RootElement);
    }

    static string Text(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
