namespace Tianyuan.Stays.Features.Bookings;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;

/// <summary>A booking as the API returns it (to its guest or host).</summary>
sealed record BookingView(
    Guid Id, string Status, decimal Total, string Currency, Guid StayId, Guid UnitTypeId, string Unit,
    DateOnly CheckIn, DateOnly CheckOut, int Nights, int Guests, string GuestName, string GuestPhone,
    string CancellationPolicy, decimal? Refund, DateTimeOffset CreatedAt)
{
    /// <summary>The view with its unit's label read from the database (for bookings loaded without their unit).</summary>
    internal static async Task<BookingView> LoadAsync(StaysDb db, Booking b, CancellationToken ct) =>
        From(b, await db.Units.Where(u => u.Id == b.UnitId).Select(u => u.Label).FirstAsync(ct));

    internal static BookingView From(Booking b, string unitLabel) => new(
        b.Id, b.Status, b.Total, "CNY", b.StayId, b.UnitTypeId, unitLabel, b.CheckIn, b.CheckOut, b.Nights, b.Guests,
        b.GuestName, b.GuestPhone, b.CancellationPolicy, b.Refund, b.CreatedAt);
}
