namespace Tianyuan.Bench;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

/// <summary>
/// Booking under contention, checked in SQL afterwards rather than trusted from the answers:
/// (1) the race: 200 requests at once for the same nights of a one-unit type; exactly one may win;
/// (2) the churn: 1,000 random overlapping requests over 20 one-unit types from 32 clients; no unit may end up
/// with overlapping active bookings, and the night rows must be exactly the nights of the active bookings.
/// </summary>
static class StaysBookingLoad
{
    const int RaceAttempts = 200;
    const int RaceNights = 3;
    const int ChurnAttempts = 1_000;
    const int ChurnUnits = 20;
    const int ChurnClients = 32;
    const int WindowNights = 30;

    /// <summary>SQL over a booking table aliased a: the states that hold nights (Booking.HoldsNights).</summary>
    const string Active = "('Requested','Confirmed','CheckedIn')";

    public static async Task<(object Result, bool Ok)> RaceAsync(HttpClient host, HttpClient guest, StaysDatabase db)
    {
        var stay = await StaysApi.NewStayAsync(host, $"压测抢房{Guid.NewGuid().ToString("N")[..6]}");
        var type = await StaysApi.AddUnitTypeAsync(host, stay, "抢房大床房", units: 1);
        // Far enough ahead that no same-day rule (a dirty unit is off sale today) can play a part.
        var checkIn = StaysApi.ChinaToday.AddDays(45);
        var codes = new ConcurrentBag<HttpStatusCode>();
        var latencies = new Latencies();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        var attempts = Enumerable.Range(0, RaceAttempts).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            var sw = Stopwatch.StartNew();
            codes.Add(await StaysApi.BookAsync(guest, type, checkIn, checkIn.AddDays(RaceNights)));
            latencies.Add(sw.Elapsed);
        })).ToList();
        clock.Restart();
        go.SetResult();
        await Task.WhenAll(attempts);
        var elapsed = clock.Elapsed.TotalSeconds;

        var (created, conflicts, errors) = Count(codes);
        var unit = StaysDatabase.ReadGuid((await db.RowsAsync($"SELECT \"Id\" FROM {db.Table("stays_unit")} WHERE \"UnitTypeId\" = @p0", type)).Single()[0]);
        var nightRows = await db.ScalarAsync($"SELECT count(*) FROM {db.Table("stays_unit_night")} WHERE \"UnitId\" = @p0", unit);
        var nightBookings = await db.ScalarAsync($"SELECT count(DISTINCT \"BookingId\") FROM {db.Table("stays_unit_night")} WHERE \"UnitId\" = @p0", unit);
        var bookingRows = await db.ScalarAsync($"SELECT count(*) FROM {db.Table("stays_booking")} WHERE \"UnitTypeId\" = @p0", type);
        var ok = created == 1 && conflicts == RaceAttempts - 1 && errors == 0 && nightRows == RaceNights && nightBookings == 1 && bookingRows == 1;
        var result = new
        {
            attempts = RaceAttempts, nights = RaceNights, created, conflicts, otherStatuses = errors, seconds = Math.Round(elapsed, 2),
            latencyMs = latencies.Summary(),
            sql = new { nightRows, bookingsOwningNights = nightBookings, bookingRows },
            ok,
        };
        return (result, ok);
    }

    public static async Task<(object Result, bool Ok)> ChurnAsync(HttpClient host, HttpClient guest, StaysDatabase db)
    {
        // 20 one-unit types in one stay: every request names a unit directly, so each collision is decided by
        // the (unit, night) key alone and a lost race is a 409, not a retry on another unit of the same type.
        var stay = await StaysApi.NewStayAsync(host, $"压测多房{Guid.NewGuid().ToString("N")[..6]}");
        var types = new List<Guid>();
        for (var i = 0; i < ChurnUnits; i++)
            types.Add(await StaysApi.AddUnitTypeAsync(host, stay, $"压测房{i + 1:00}", units: 1));

        var window = StaysApi.ChinaToday.AddDays(60);
        var codes = new ConcurrentBag<HttpStatusCode>();
        var latencies = new Latencies();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, ChurnClients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            while (Interlocked.Increment(ref next) < ChurnAttempts)
            {
                // 1–5 nights starting anywhere in the 30-night window, cut at its end.
                var start = random.Next(WindowNights);
                var nights = Math.Min(1 + random.Next(5), WindowNights - start);
                var sw = Stopwatch.StartNew();
                codes.Add(await StaysApi.BookAsync(guest, types[random.Next(types.Count)], window.AddDays(start), window.AddDays(start + nights)));
                latencies.Add(sw.Elapsed);
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;

        var (created, conflicts, errors) = Count(codes);
        var bookings = db.Table("stays_booking");
        var overlaps = await db.ScalarAsync(
            $"SELECT count(*) FROM {bookings} a JOIN {bookings} b ON a.\"UnitId\" = b.\"UnitId\" AND a.\"Id\" < b.\"Id\" " +
            $"AND a.\"CheckIn\" < b.\"CheckOut\" AND b.\"CheckIn\" < a.\"CheckOut\" " +
            $"WHERE a.\"StayId\" = @p0 AND a.\"Status\" IN {Active} AND b.\"Status\" IN {Active}", stay);
        var activeBookings = await db.ScalarAsync($"SELECT count(*) FROM {bookings} WHERE \"StayId\" = @p0 AND \"Status\" IN {Active}", stay);
        var bookedNights = await db.ScalarAsync(
            $"SELECT sum({db.NightsBetween("\"CheckIn\"", "\"CheckOut\"")}) FROM {bookings} WHERE \"StayId\" = @p0 AND \"Status\" IN {Active}", stay);
        var nightRows = await db.ScalarAsync(
            $"SELECT count(*) FROM {db.Table("stays_unit_night")} n JOIN {db.Table("stays_unit")} u ON u.\"Id\" = n.\"UnitId\" " +
            $"JOIN {db.Table("stays_unit_type")} t ON t.\"Id\" = u.\"UnitTypeId\" WHERE t.\"StayId\" = @p0", stay);
        var ok = errors == 0 && overlaps == 0 && activeBookings == created && nightRows == bookedNights;
        var result = new
        {
            shape = $"{ChurnUnits} one-unit types in one stay", attempts = ChurnAttempts, clients = ChurnClients, windowNights = WindowNights,
            created, conflicts, otherStatuses = errors, seconds = Math.Round(elapsed, 2),
            bookingsPerSecond = Math.Round(created / elapsed, 1), attemptsPerSecond = Math.Round(ChurnAttempts / elapsed, 1),
            occupancy = Math.Round((double)nightRows / (ChurnUnits * WindowNights), 3),
            latencyMs = latencies.Summary(),
            sql = new { overlappingPairs = overlaps, activeBookings, bookedNights, nightRows },
            ok,
        };
        return (result, ok);
    }

    /// <summary>
    /// Write capacity without contention: 1,000 bookings from 32 clients, each for its own two nights of one of 20
    /// one-unit types (slot k: type k mod 20, nights 2·(k div 20) on), so every one should be a 201.
    /// </summary>
    public static async Task<(object Result, bool Ok)> ThroughputAsync(HttpClient host, HttpClient guest)
    {
        var stay = await StaysApi.NewStayAsync(host, $"压测吞吐{Guid.NewGuid().ToString("N")[..6]}");
        var types = new List<Guid>();
        for (var i = 0; i < ChurnUnits; i++)
            types.Add(await StaysApi.AddUnitTypeAsync(host, stay, $"吞吐房{i + 1:00}", units: 1));

        var start = StaysApi.ChinaToday.AddDays(100);
        var codes = new ConcurrentBag<HttpStatusCode>();
        var latencies = new Latencies();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, ChurnClients).Select(_ => Task.Run(async () =>
        {
            int slot;
            while ((slot = Interlocked.Increment(ref next)) < ChurnAttempts)
            {
                var checkIn = start.AddDays(2 * (slot / ChurnUnits));
                var sw = Stopwatch.StartNew();
                codes.Add(await StaysApi.BookAsync(guest, types[slot % ChurnUnits], checkIn, checkIn.AddDays(2)));
                latencies.Add(sw.Elapsed);
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var (created, conflicts, errors) = Count(codes);
        var result = new
        {
            attempts = ChurnAttempts, clients = ChurnClients, created, conflicts, otherStatuses = errors, seconds = Math.Round(elapsed, 2),
            bookingsPerSecond = Math.Round(created / elapsed, 1), latencyMs = latencies.Summary(),
        };
        return (result, created == ChurnAttempts);
    }

    static (int Created, int Conflicts, int Other) Count(IEnumerable<HttpStatusCode> codes)
    {
        var list = codes.ToList();
        var created = list.Count(c => c == HttpStatusCode.Created);
        var conflicts = list.Count(c => c == HttpStatusCode.Conflict);
        return (created, conflicts, list.Count - created - conflicts);
    }
}
