namespace Tianyuan.Farm.Domain;

/// <summary>
/// One stored measurement. The key (sensor, quantity, time) is what makes a resent reading a duplicate: it is
/// counted once however often a gateway retries. Values are in the SenML registry unit of <see cref="Unit"/>.
/// </summary>
sealed class Reading
{
    public Guid SensorId { get; init; }

    public required string Quantity { get; init; }

    public DateTimeOffset Time { get; init; }

    public double Value { get; init; }

    public required string Unit { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}

/// <summary>Min, max, sum and count of a sensor quantity over one hour or one day, kept up to date as readings arrive.</summary>
sealed class ReadingRollup
{
    public Guid SensorId { get; init; }

    public required string Quantity { get; init; }

    /// <summary>Start of the hour or day (UTC for hours; Asia/Shanghai midnight for days).</summary>
    public DateTimeOffset Start { get; init; }

    public double Min { get; set; }

    public double Max { get; set; }

    public double Sum { get; set; }

    public long Count { get; set; }
}

/// <summary>A reading outside what the quantity can physically be: kept and shown, never used for advice.</summary>
sealed class QuarantinedReading
{
    public Guid Id { get; init; }

    public Guid SensorId { get; init; }

    public required string Name { get; init; }

    public DateTimeOffset Time { get; init; }

    public double Value { get; init; }

    public string? Unit { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
