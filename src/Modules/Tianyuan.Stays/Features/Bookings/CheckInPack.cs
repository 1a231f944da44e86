namespace Tianyuan.Stays.Features.Bookings;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>
/// What an arriving guest needs on their phone: where to go, when, the house rules and (on the day) the door code
/// with its validity. The QR on the pack page carries the same code for locks with a scanner.
/// </summary>
sealed record CheckInPack(
    Guid BookingId, string Status, string StayName, string Address, double Latitude, double Longitude, string Unit,
    DateOnly CheckIn, DateOnly CheckOut, TimeOnly CheckInFrom, TimeOnly CheckOutBy, string ArrivalInstructions, string HouseRules,
    string? DoorCode, DateTimeOffset? DoorCodeValidFrom, DateTimeOffset? DoorCodeValidUntil)
{
    internal static async Task<CheckInPack> ForAsync(StaysDb db, Booking b, Stay s, DoorCode? code, CancellationToken ct)
    {
        var unit = await db.Units.Where(u => u.Id == b.UnitId).Select(u => u.Label).FirstAsync(ct);
        return new(b.Id, b.Status, s.NameZh, s.Address, s.Latitude, s.Longitude, unit, b.CheckIn, b.CheckOut, s.CheckInFrom, s.CheckOutBy,
            s.ArrivalInstructions, s.HouseRules, code?.Code, code?.ValidFrom, code?.ValidUntil);
    }
}
