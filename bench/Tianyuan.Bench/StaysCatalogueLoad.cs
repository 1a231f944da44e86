namespace Tianyuan.Bench;

using System.Data.Common;
using System.Diagnostics;
using System.Globalization;

/// <summary>
/// A county with 10,000 units: 2,500 stays (a double room type and a family suite type, two units each) spread over
/// the demo's villages, priced with the demo's holiday seasons, and a year of bookings on every unit — 300 days
/// behind today and 65 ahead, about 40 % of nights taken, each booking with its night rows as the app writes them.
/// Loaded straight into the app's tables (EF Core's column names and storage forms), because 600,000 bookings
/// through the API would take longer than the benchmark.
/// </summary>
static class StaysCatalogueLoad
{
    public const int Stays = 2_500;
    const int DaysBehind = 300;
    const int DaysAhead = 65;

    static readonly string[] StayColumns =
    [
        "Id", "OrganisationId", "RegionCode", "Kind", "NameZh", "NameEn", "DescriptionZh", "DescriptionEn", "Address", "Latitude", "Longitude",
        "CancellationPolicy", "InstantBook", "CheckInFrom", "CheckOutBy", "ArrivalInstructions", "HouseRules", "Languages", "StepFreeAccess",
        "HasDesk", "BandwidthMbps", "QuietHours", "HasCoworking", "Amenities", "Published", "CreatedAt",
    ];

    static readonly string[] TypeColumns =
    [
        "Id", "StayId", "NameZh", "NameEn", "Beds", "MaxGuests", "BaseOccupancy", "BaseNightly", "WeekendNightly", "ExtraGuestNightly",
        "MinNights", "WeeklyDiscountPct", "MonthlyDiscountPct", "FeedTokenHash",
    ];

    static readonly string[] SeasonColumns = ["Id", "UnitTypeId", "Name", "From", "Until", "Nightly", "WeekendNightly", "ExtraGuestNightly", "MinNights"];

    static readonly string[] UnitColumns = ["Id", "UnitTypeId", "Label", "Housekeeping"];

    static readonly string[] BookingColumns =
    [
        "Id", "StayId", "UnitTypeId", "UnitId", "GuestUserId", "GuestName", "GuestPhone", "Guests", "CheckIn", "CheckOut", "Status", "Total",
        "PriceBreakdown", "CancellationPolicy", "Refund", "IdempotencyKey", "RequestHash", "CreatedAt", "ConfirmedAt", "CheckedInAt",
        "CheckedOutAt", "CancelledAt",
    ];

    static readonly string[] NightColumns = ["UnitId", "Night", "BookingId", "BlockId"];

    /// <summary>The two room types every generated stay has: name, English name, max guests, beds, base price.</summary>
    static readonly (string Zh, string En, int Guests, int Beds, decimal Price)[] RoomTypes =
        [("山景大床房", "Mountain-view double", 2, 1, 320m), ("家庭套房", "Family suite", 4, 2, 520m)];

    const int UnitsPerType = 2;

    public sealed record Village(string Code, double Latitude, double Longitude);

    sealed record UnitPlan(Guid Id, Guid TypeId, Guid StayId, decimal Price, int MaxGuests, int Seed);

    public sealed record Summary(int Stays, int UnitTypes, int Units, long SeasonRows, long Bookings, long NightRows, double Occupancy, double Seconds);

    public static async Task<Summary> LoadAsync(StaysDatabase db, IReadOnlyList<Village> villages, IReadOnlyList<Guid> organisations, DateOnly today)
    {
        var clock = Stopwatch.StartNew();
        var rng = new Random(2026);
        var now = DateTimeOffset.UtcNow;
        var units = new List<UnitPlan>();
        await using var connection = await db.OpenAsync();
        // SQLite: one transaction for everything (a commit per row would be fsync-bound). PostgreSQL: COPY per table
        // in one transaction, so a failed run leaves nothing behind.
        await using var transaction = await connection.BeginTransactionAsync();
        long seasonRows;
        await using (var stays = await BulkRows.OpenAsync(db, connection, transaction, "stays_stay", StayColumns))
        {
            for (var s = 0; s < Stays; s++)
            {
                var village = villages[s % villages.Count];
                var stayId = Id(rng);
                var nomad = rng.NextDouble() < 0.3;
                await stays.AddAsync(stayId, organisations[rng.Next(organisations.Count)], village.Code, s % 5 == 0 ? "farm-stay" : "homestay",
                    $"压测民宿{s:0000}", $"Bench Stay {s:0000}", "老宅改造的小院，屋后一条溪。", "An old house by a creek.", $"压测村{s % 80 + 1}号",
                    village.Latitude + ((rng.NextDouble() - 0.5) * 0.006), village.Longitude + ((rng.NextDouble() - 0.5) * 0.006),
                    s % 3 == 0 ? "flexible" : "moderate", true, new TimeOnly(14, 0), new TimeOnly(12, 0), "车停在村口停车场，门口有木牌。",
                    "22:00 后请保持安静。", nomad ? "zh,en" : "zh", false, nomad, nomad ? 300 : 50, "22:00–07:00", false, "wifi,parking", true, now);
                foreach (var (zh, en, guests, beds, price) in RoomTypes)
                {
                    var typeId = Id(rng);
                    for (var u = 0; u < UnitsPerType; u++)
                        units.Add(new UnitPlan(Id(rng), typeId, stayId, price, guests, units.Count));
                }
            }
        }

        // Types, seasons and units follow from the unit plans (two per type), in the order the stays were made.
        var types = units.Where((_, i) => i % UnitsPerType == 0).ToList();
        await using (var rows = await BulkRows.OpenAsync(db, connection, transaction, "stays_unit_type", TypeColumns))
        {
            foreach (var t in types)
            {
                var room = RoomTypes.Single(r => r.Guests == t.MaxGuests);
                await rows.AddAsync(t.TypeId, t.StayId, room.Zh, room.En, room.Beds, room.Guests, Math.Min(2, room.Guests), t.Price, t.Price + 60m,
                    50m, 1, 0m, 0m, null);
            }
        }

        await using (var rows = await BulkRows.OpenAsync(db, connection, transaction, "stays_season_rate", SeasonColumns))
        {
            foreach (var t in types)
            {
                foreach (var year in new[] { today.Year - 1, today.Year, today.Year + 1 })
                {
                    foreach (var (name, from, until, factor, minNights) in Seasons(year))
                        await rows.AddAsync(Id(rng), t.TypeId, name, from, until, decimal.Round(t.Price * factor, 0), null, null, minNights);
                }
            }

            seasonRows = rows.Count;
        }

        await using (var rows = await BulkRows.OpenAsync(db, connection, transaction, "stays_unit", UnitColumns))
        {
            foreach (var u in units)
                await rows.AddAsync(u.Id, u.TypeId, $"{RoomTypes.Single(r => r.Guests == u.MaxGuests).Zh} {(u.Seed % UnitsPerType) + 1}", "Clean");
        }

        // Bookings then their nights, from the same per-unit plan (COPY takes one table at a time on a connection).
        long bookings;
        await using (var rows = await BulkRows.OpenAsync(db, connection, transaction, "stays_booking", BookingColumns))
        {
            foreach (var u in units)
            {
                foreach (var b in History(u, today))
                {
                    var past = b.CheckOut <= today;
                    var total = u.Price * (b.CheckOut.DayNumber - b.CheckIn.DayNumber);
                    await rows.AddAsync(b.Id, u.StayId, u.TypeId, u.Id, b.Guest, "王晓明", "13800138000", b.Guests, b.CheckIn, b.CheckOut,
                        b.Cancelled ? "Cancelled" : past ? "CheckedOut" : "Confirmed", total,
                        string.Create(CultureInfo.InvariantCulture, $"{{\"Nights\":[],\"Subtotal\":{total},\"Total\":{total},\"MinNights\":1}}"), "moderate",
                        b.Cancelled ? total : null, null, null, Instant(b.CheckIn.AddDays(-7)), Instant(b.CheckIn.AddDays(-7)),
                        past && !b.Cancelled ? Instant(b.CheckIn) : null, past && !b.Cancelled ? Instant(b.CheckOut) : null,
                        b.Cancelled ? Instant(b.CheckIn.AddDays(-3)) : null);
                }
            }

            bookings = rows.Count;
        }

        long nights;
        await using (var rows = await BulkRows.OpenAsync(db, connection, transaction, "stays_unit_night", NightColumns))
        {
            foreach (var u in units)
            {
                // As the demo does: cancelled bookings release their nights; stayed (checked-out) ones keep them.
                foreach (var b in History(u, today).Where(b => !b.Cancelled))
                {
                    for (var n = b.CheckIn; n < b.CheckOut; n = n.AddDays(1))
                        await rows.AddAsync(u.Id, n, b.Id, null);
                }
            }

            nights = rows.Count;
        }

        await transaction.CommitAsync();
        await AnalyseAsync(db, connection);
        return new Summary(Stays, types.Count, units.Count, seasonRows, bookings, nights,
            Math.Round((double)nights / (units.Count * (DaysBehind + DaysAhead)), 3), Math.Round(clock.Elapsed.TotalSeconds, 1));
    }

    sealed record PlannedBooking(Guid Id, Guid Guest, DateOnly CheckIn, DateOnly CheckOut, int Guests, bool Cancelled);

    /// <summary>
    /// One unit's bookings, the same on every call (seeded by the unit): stays of 1–4 nights with gaps of 0–7 nights,
    /// which takes about 40 % of nights; 6 % cancelled, as in the demo. Today's arrivals are left free.
    /// </summary>
    static IEnumerable<PlannedBooking> History(UnitPlan unit, DateOnly today)
    {
        var rng = new Random(unit.Seed);
        var night = today.AddDays(-DaysBehind + rng.Next(8));
        var end = today.AddDays(DaysAhead);
        while (true)
        {
            var checkOut = night.AddDays(1 + rng.Next(4));
            if (checkOut > end)
                yield break;
            var booking = new PlannedBooking(Id(rng), Id(rng), night, checkOut, 1 + rng.Next(unit.MaxGuests), rng.NextDouble() < 0.06);
            if (!(night <= today && checkOut > today))
                yield return booking;
            night = checkOut.AddDays(rng.Next(8));
        }
    }

    /// <summary>The demo's holiday seasons (DemoSeasons.For in the Stays module): name, first night, end, price factor, min nights.</summary>
    static (string Name, DateOnly From, DateOnly Until, decimal Factor, int MinNights)[] Seasons(int year) =>
    [
        ("春节", new DateOnly(year, 1, 25), new DateOnly(year, 2, 15), 1.6m, 2),
        ("五一", new DateOnly(year, 5, 1), new DateOnly(year, 5, 6), 1.5m, 2),
        ("暑期", new DateOnly(year, 7, 1), new DateOnly(year, 9, 1), 1.2m, 1),
        ("国庆", new DateOnly(year, 10, 1), new DateOnly(year, 10, 8), 1.8m, 2),
    ];

    /// <summary>
    /// PostgreSQL: what autovacuum does within minutes of a load this size: statistics, and the visibility map that
    /// lets the (unit, night) key answer from the index alone. SQLite: nothing, because the app never runs ANALYZE
    /// there, so a deployment's planner works without statistics too.
    /// </summary>
    static async Task AnalyseAsync(StaysDatabase db, DbConnection connection)
    {
        if (!db.IsPostgres)
            return;
        await using var vacuum = db.Command(connection, "VACUUM (ANALYZE) stays.stays_stay, stays.stays_unit_type, stays.stays_season_rate, " +
            "stays.stays_unit, stays.stays_booking, stays.stays_unit_night");
        vacuum.CommandTimeout = 600;
        await vacuum.ExecuteNonQueryAsync();
    }

    static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    static Guid Id(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes);
    }
}
