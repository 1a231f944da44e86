namespace Tianyuan.Stays.Demo;

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Demo;
using Tianyuan.Regions.Contracts;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Features;
using Tianyuan.Stays.Pricing;

/// <summary>
/// The Stays part of the demo: three or four stays per homestay business (about 40 in the county) with their
/// room types, seasons for the Chinese holidays, and a year of bookings behind today plus two months ahead,
/// busier at Spring Festival, May Day, the summer holidays and National Day, so dashboards have real figures.
/// </summary>
sealed class StaysDemo(StaysDb db, IOrganisationDirectory organisations, IRegionDirectory regions, TimeProvider clock) : IDemoContributor
{
    /// <summary>After Regions (0), whose homestay businesses and villages it uses.</summary>
    public int Order => 60;

    public Task<bool> HasDataAsync(CancellationToken ct) => db.Stays.AnyAsync(ct);

    public async Task SeedAsync(DemoSeed seed, CancellationToken ct)
    {
        var rng = seed.RandomFor("stays");
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var catalogue = new DemoStayCatalogue(rng);
        // Thousands of rows added once: skip the per-Add change scan.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var business in await organisations.ListByKindAsync("HomestayBusiness", ct))
        {
            var village = await regions.FindAsync(business.RegionCode, ct);
            if (village is null)
                continue;
            var count = 3 + rng.Next(2);
            for (var i = 0; i < count; i++)
            {
                var stay = catalogue.Stay(business, village, i, NextId(rng), now);
                db.Stays.Add(stay);
                foreach (var type in stay.UnitTypes)
                {
                    type.FeedTokenHash = LinkToken.Hash(LinkToken.New());
                    History(rng, stay, type, today);
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A year of past stays and two months of upcoming ones on each unit, the gaps shorter in high season.</summary>
    void History(Random rng, Stay stay, UnitType type, DateOnly today)
    {
        foreach (var unit in type.Units)
        {
            var night = today.AddDays(-365);
            while (night < today.AddDays(60))
            {
                var busy = DemoSeasons.Demand(night);
                night = night.AddDays(rng.NextDouble() < busy ? 0 : 1 + rng.Next((int)(12 * (1 - busy)) + 1));
                var nights = 1 + rng.Next(night.DayOfWeek == DayOfWeek.Friday ? 2 : 4);
                var checkOut = night.AddDays(nights);
                if (checkOut > today.AddDays(60))
                    break;
                var guests = 1 + rng.Next(type.MaxGuests);
                // Today's arrivals are left free, so a demo visitor can book tonight and walk the whole check-in flow.
                if (night <= today && checkOut > today)
                {
                    night = checkOut;
                    continue;
                }

                var quote = Quoting.For(type, night, checkOut, guests);
                var past = checkOut <= today;
                var cancelled = rng.NextDouble() < 0.06;
                var booking = new Booking
                {
                    Id = NextId(rng), StayId = stay.Id, UnitTypeId = type.Id, UnitId = unit.Id, GuestUserId = NextId(rng),
                    GuestName = DemoStayCatalogue.GuestName(rng), GuestPhone = $"13{rng.Next(0, 10)}{rng.Next(10_000_000, 99_999_999)}",
                    Guests = guests, CheckIn = night, CheckOut = checkOut, Total = quote.Total, PriceBreakdown = JsonSerializer.Serialize(quote),
                    CancellationPolicy = stay.CancellationPolicy,
                    Status = cancelled ? BookingStatus.Cancelled : past ? BookingStatus.CheckedOut : BookingStatus.Confirmed,
                    Refund = cancelled ? quote.Total : null,
                    CreatedAt = Instant(night.AddDays(-1 - rng.Next(30)), 10), ConfirmedAt = Instant(night.AddDays(-1), 10),
                    CheckedInAt = past && !cancelled ? Instant(night, 15) : null, CheckedOutAt = past && !cancelled ? Instant(checkOut, 11) : null,
                    CancelledAt = cancelled ? Instant(night.AddDays(-3), 9) : null,
                };
                db.Bookings.Add(booking);
                if (!cancelled)
                {
                    for (var n = night; n < checkOut; n = n.AddDays(1))
                        db.Nights.Add(new UnitNight { UnitId = unit.Id, Night = n, BookingId = booking.Id });
                }

                night = checkOut;
            }
        }
    }

    /// <summary>A China-time hour as a UTC instant (PostgreSQL stores timestamptz from UTC values only).</summary>
    static DateTimeOffset Instant(DateOnly day, int hour) => ChinaTime.At(day, new TimeOnly(hour, 0));

    internal static Guid NextId(Random rng)
    {
        var bytes = new byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes);
    }
}
