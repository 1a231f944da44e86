namespace Tianyuan.Stays.Domain;

/// <summary>
/// A message to a booking's guest or host: the in-app inbox copy of what the notification sinks (SMS, email) sent.
/// </summary>
sealed class StayMessage
{
    public const string ToGuest = "guest";
    public const string ToHost = "host";

    public Guid Id { get; init; }

    public Guid BookingId { get; init; }

    public Guid StayId { get; init; }

    public required string Recipient { get; init; }

    /// <summary>Resource key of the message kind (Msg_Confirmed, Msg_DoorCode, ...), rendered in the reader's language.</summary>
    public required string Kind { get; init; }

    /// <summary>Values for the message text, '|'-separated.</summary>
    public string Arguments { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}
