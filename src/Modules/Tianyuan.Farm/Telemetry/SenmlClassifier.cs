namespace Tianyuan.Farm.Telemetry;

using Tianyuan.Farm.Domain;

/// <summary>A refused record and why, by its position in the pack.</summary>
sealed record RecordError(int Index, string Reason);

/// <summary>
/// Decides, for records a device sent (over HTTP or MQTT), which are readings to store, which are physically
/// impossible and go to quarantine, and which are refused: someone else's name, no number, a unit we do not
/// know, or a time in the future.
/// </summary>
static class SenmlClassifier
{
    /// <summary>Clocks drift; readings more than this far ahead of the server are refused, not stored in the future.</summary>
    static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Nothing we store is older than this; an earlier time is a device with no clock set.</summary>
    static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Sorts resolved records into readings to store, impossible ones to quarantine, and refusals.</summary>
    public static (ReadingBatch Batch, List<RecordError> Errors) Classify(Device device, IReadOnlyList<SenmlRecord> records, DateTimeOffset now)
    {
        var readings = new List<NewReading>();
        var quarantined = new List<QuarantinedReading>();
        var errors = new List<RecordError>();
        foreach (var r in records)
        {
            var i = r.Index;
            var separator = r.Name.IndexOf(':', StringComparison.Ordinal);
            if (separator < 0 || !Guid.TryParse(r.Name[..separator], out var sensor) || sensor != device.Id)
            {
                errors.Add(new RecordError(i, $"'{r.Name}' is not this device's: names are {{deviceId}}:{{quantity}} with the id this key belongs to."));
                continue;
            }

            if (r.Value is not { } value)
            {
                errors.Add(new RecordError(i, $"'{r.Name}' has no numeric value (v); only numbers are stored."));
                continue;
            }

            if (r.Time < Earliest)
            {
                errors.Add(new RecordError(i, $"'{r.Name}' is timed {r.Time:O}, before 2000: set the device clock."));
                continue;
            }

            if (r.Time > now + FutureTolerance)
            {
                errors.Add(new RecordError(i, $"'{r.Name}' is timed {r.Time:O}, in the future: check the device clock."));
                continue;
            }

            if (r.Unit is null || !SenmlUnits.TryNormalise(r.Unit, value, out var unit, out var normalised))
            {
                errors.Add(new RecordError(i, $"'{r.Name}' has unit '{r.Unit}', which is not a SenML unit we store."));
                continue;
            }

            var quantity = r.Name[(separator + 1)..];
            quantity = quantity.Length == 0 ? unit.Quantity : quantity;
            if (!IsQuantityName(quantity))
            {
                errors.Add(new RecordError(i, $"'{r.Name}': a quantity is up to 40 of a-z, 0-9, '-', '_' and '.'."));
                continue;
            }

            // A series keeps one meaning: "temperature" (or "soil-temperature") must be a temperature unit, and so on.
            if (quantity != unit.Quantity && !quantity.EndsWith("-" + unit.Quantity, StringComparison.Ordinal))
            {
                errors.Add(new RecordError(i, $"'{r.Name}': {r.Unit} measures {unit.Quantity}, not {quantity}."));
                continue;
            }

            normalised = device.Calibrate(quantity, normalised);
            if (!SenmlUnits.IsPlausible(unit, normalised))
                quarantined.Add(new QuarantinedReading
                {
                    Id = Guid.CreateVersion7(now), SensorId = device.Id, Name = r.Name[..Math.Min(r.Name.Length, 120)], Time = r.Time,
                    Value = normalised, Unit = unit.Symbol, Reason = $"{normalised} {unit.Symbol} is outside {unit.Min}…{unit.Max}", ReceivedAt = now,
                });
            else
                readings.Add(new NewReading(device.Id, quantity, r.Time, normalised, unit.Symbol));
        }

        return (new ReadingBatch(readings, quarantined), errors);
    }

    /// <summary>A quantity's name as series are stored under: up to 40 of a-z, 0-9, '-', '_' and '.'.</summary>
    public static bool IsQuantityName([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? quantity) =>
        !string.IsNullOrEmpty(quantity) && quantity.Length <= 40 && quantity.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.');
}
