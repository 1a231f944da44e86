namespace Tianyuan.Farm.Domain;

/// <summary>
/// Something on a farm that needs a person: a plot too dry, frost coming, a device gone quiet or running out of
/// battery. One open alert per condition (<see cref="Key"/>): while the condition lasts the alert is refreshed, not
/// repeated; when it clears the alert is resolved and stays in the history.
/// </summary>
sealed class FarmAlert
{
    public Guid Id { get; init; }

    public Guid FarmId { get; init; }

    public Guid? PlotId { get; init; }

    public Guid? DeviceId { get; init; }

    /// <summary>The degree-day rule (a farm's own or a built-in one) behind a pest-degree-days alert.</summary>
    public Guid? RuleId { get; init; }

    /// <summary>soil-dry, frost-risk, device-silent, battery-low, late-blight or pest-degree-days.</summary>
    public required string Kind { get; init; }

    /// <summary>kind:device (or kind:farm:rule:biofix for degree-day rules), the condition this alert stands for.</summary>
    public required string Key { get; init; }

    /// <summary>The reading that raised it, in the unit of its quantity (%VWC, Cel, %EL), minutes silent, or degree-days (°C·day).</summary>
    public double Value { get; set; }

    public DateTimeOffset RaisedAt { get; init; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public Guid? AcknowledgedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public List<AlertDelivery> Deliveries { get; } = [];
}
