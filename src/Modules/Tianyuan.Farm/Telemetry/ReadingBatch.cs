namespace Tianyuan.Farm.Telemetry;

using Tianyuan.Farm.Domain;
using Tianyuan.Kernel;

/// <summary>A reading ready to store, with the hour and (China) day it counts towards.</summary>
readonly record struct NewReading(Guid SensorId, string Quantity, DateTimeOffset Time, double Value, string Unit)
{
    public DateTimeOffset HourStart => new(Time.UtcDateTime.Date.AddHours(Time.UtcDateTime.Hour), TimeSpan.Zero);

    /// <summary>Midnight in Asia/Shanghai, the day farmers read their charts by, as a UTC instant.</summary>
    public DateTimeOffset DayStart
    {
        get
        {
            var local = Time.ToChinaTime();
            return new DateTimeOffset(local.Date, local.Offset).ToUniversalTime();
        }
    }
}

/// <summary>What one request (or MQTT message) wants stored: good readings and quarantined ones.</summary>
sealed record ReadingBatch(IReadOnlyList<NewReading> Readings, IReadOnlyList<QuarantinedReading> Quarantined);

/// <summary>What storing a batch did: new readings, readings already stored (resent), quarantined.</summary>
readonly record struct WriteResult(int Accepted, int Duplicates, int Quarantined);
