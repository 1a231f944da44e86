namespace Tianyuan.Stays.Notifications;

using Microsoft.Extensions.Logging;
using Tianyuan.Kernel;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>
/// Messages to a booking's guest and host. The inbox row is written in the caller's transaction, so a message
/// exists exactly when the change it announces does. Guests are also sent an SMS; in this build the SMS sink
/// writes to the log (no SMS gateway is configured, and the UI does not claim one is).
/// </summary>
sealed partial class StayNotifier(ILogger<StayNotifier> log, TimeProvider clock)
{
    public void ToGuest(StaysDb db, Booking booking, string kind, params object[] arguments) =>
        Add(db, booking, StayMessage.ToGuest, kind, arguments);

    public void ToHost(StaysDb db, Booking booking, string kind, params object[] arguments) =>
        Add(db, booking, StayMessage.ToHost, kind, arguments);

    void Add(StaysDb db, Booking booking, string recipient, string kind, object[] arguments)
    {
        db.Messages.Add(new StayMessage
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), BookingId = booking.Id, StayId = booking.StayId, Recipient = recipient,
            Kind = kind, Arguments = string.Join('|', arguments.Select(Format)),
            CreatedAt = clock.GetUtcNow(),
        });
        if (recipient == StayMessage.ToGuest)
            LogSms(ChinaPhone.Mask(booking.GuestPhone)!, kind, booking.Id); // logs carry no full phone numbers
    }

    /// <summary>An SMS to someone who is neither guest nor host of record (a cleaner), about <paramref name="about"/>.</summary>
    public void SmsTo(string phone, string kind, Guid about) => LogSms(ChinaPhone.Mask(phone)!, kind, about);

    /// <summary>Dates and numbers culture-neutral (2026-11-27): the trip page writes dates in its reader's language.</summary>
    static string? Format(object a) => a is DateOnly d
        ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS sink (log only): {Phone} {Kind} about {About}")]
    partial void LogSms(string phone, string kind, Guid about);
}
