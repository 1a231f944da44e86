namespace Tianyuan.Farm.Domain;

/// <summary>One attempt to tell people about an alert through one channel (the farm page's inbox, SMS …), and how it went.</summary>
sealed class AlertDelivery
{
    public Guid Id { get; init; }

    public Guid AlertId { get; init; }

    /// <summary>inbox or sms.</summary>
    public required string Channel { get; init; }

    /// <summary>delivered, logged-only (no gateway configured: nothing was sent) or failed.</summary>
    public required string Status { get; init; }

    public string? Detail { get; init; }

    public DateTimeOffset At { get; init; }
}
