namespace Tianyuan.Stays.Features.Bookings;

using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Unit = Tianyuan.Stays.Domain.Unit;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Inventory;
using Tianyuan.Stays.Notifications;
using Tianyuan.Stays.Pricing;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/bookings: a signed-in guest books a unit type for a range of nights. The booking takes one
/// row per night on a free unit in the same transaction that creates it; a competing booking that got there first
/// makes the insert fail on the (unit, night) key, and we try the next unit or answer 409. Retried requests with
/// the same Idempotency-Key get the booking the first one made.
/// </summary>
static class BookStay
{
    public sealed record Request(Guid? UnitTypeId, DateOnly? CheckIn, DateOnly? CheckOut, int? Guests, string? GuestName, string? GuestPhone);

    public const int MaxKeyLength = 100;

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/bookings", async (Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ClaimsPrincipal user, StaysDb db, StayNotifier notifier, IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, idempotencyKey, user, db, notifier, t, clock, ct)).ToHttpResult(b => $"/api/stays/bookings/{b.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(BookStay))
            .WithSummary("Book a unit type for a range of nights (Idempotency-Key honoured); 409 when no unit is free.")
            .Produces<BookingView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Outcome<BookingView>> ExecuteAsync(Request request, string? idempotencyKey, ClaimsPrincipal user, StaysDb db,
        StayNotifier notifier, IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        if (user.UserId() is not { } guestId)
            return Outcome<BookingView>.Forbidden(t["SignInToBook"]);
        if (idempotencyKey is { Length: 0 or > MaxKeyLength })
            return Outcome<BookingView>.Invalid("Idempotency-Key", t["IdempotencyKeyInvalid", MaxKeyLength]);
        var requestHash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request));
        if (idempotencyKey is not null && await FindRetryAsync(db, guestId, idempotencyKey, requestHash, t, ct) is { } retry)
            return retry;

        var today = clock.Today();
        var errors = new Dictionary<string, string[]>();
        if (request.UnitTypeId is null)
            errors["unitTypeId"] = [t["UnitTypeRequired"]];
        StayRequestRules.CheckDates(errors, request.CheckIn, request.CheckOut, today, t, "checkIn", "checkOut");
        if (string.IsNullOrWhiteSpace(request.GuestName) || request.GuestName.Trim().Length > 40)
            errors["guestName"] = [t["GuestNameRequired"]];
        if (string.IsNullOrWhiteSpace(request.GuestPhone) || !ChinaPhone.IsValid(request.GuestPhone.Trim()))
            errors["guestPhone"] = [t["GuestPhoneInvalid"]];
        var type = request.UnitTypeId is null ? null
            : await db.UnitTypes.AsNoTracking().Include(u => u.Seasons).FirstOrDefaultAsync(u => u.Id == request.UnitTypeId, ct);
        StayRequestRules.CheckGuests(errors, request.Guests, type, t);
        if (errors.Count > 0)
            return Outcome<BookingView>.Invalid(errors);
        if (type is null)
            return Outcome<BookingView>.NotFound(t["UnitTypeNotFound", request.UnitTypeId!]);
        var stay = await db.Stays.AsNoTracking().FirstAsync(s => s.Id == type.StayId, ct);
        if (!stay.Published)
            return Outcome<BookingView>.NotFound(t["UnitTypeNotFound", type.Id]);

        var (checkIn, checkOut) = (request.CheckIn!.Value, request.CheckOut!.Value);
        var quote = Quoting.For(type, checkIn, checkOut, request.Guests!.Value);
        StayRequestRules.CheckMinNights(errors, quote, "checkOut", t);
        if (errors.Count > 0)
            return Outcome<BookingView>.Invalid(errors);

        foreach (var unit in await Availability.FreeUnitsAsync(db, [type.Id], checkIn, checkOut, today, ct))
        {
            var booking = NewBooking(request, stay, type, unit, guestId, quote, idempotencyKey, requestHash, clock.GetUtcNow());
            db.Bookings.Add(booking);
            for (var night = checkIn; night < checkOut; night = night.AddDays(1))
                db.Nights.Add(new UnitNight { UnitId = unit.Id, Night = night, BookingId = booking.Id });
            notifier.ToGuest(db, booking, booking.Status == BookingStatus.Confirmed ? "Msg_Confirmed" : "Msg_Requested", stay.NameZh, checkIn, checkOut);
            notifier.ToHost(db, booking, "Msg_NewBooking", booking.GuestName, unit.Label, checkIn, checkOut);
            try
            {
                await db.SaveChangesAsync(ct);
                return Outcome<BookingView>.Created(BookingView.From(booking, unit.Label));
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // Another booking took one of these nights (or this very request, retried, got in first).
                db.ChangeTracker.Clear();
                if (idempotencyKey is not null && await FindRetryAsync(db, guestId, idempotencyKey, requestHash, t, ct) is { } winner)
                    return winner;
            }
        }

        return Outcome<BookingView>.Conflict("no-availability", t["NoUnitFree", type.NameZh, checkIn, checkOut], "unitTypeId");
    }

    static Booking NewBooking(Request r, Stay stay, UnitType type, Unit unit, Guid guestId, Quote quote, string? key, byte[] hash, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), StayId = stay.Id, UnitTypeId = type.Id, UnitId = unit.Id, GuestUserId = guestId,
        GuestName = r.GuestName!.Trim(), GuestPhone = r.GuestPhone!.Trim(), Guests = r.Guests!.Value, CheckIn = r.CheckIn!.Value,
        CheckOut = r.CheckOut!.Value, Status = stay.InstantBook ? BookingStatus.Confirmed : BookingStatus.Requested,
        ConfirmedAt = stay.InstantBook ? now : null, Total = quote.Total, PriceBreakdown = JsonSerializer.Serialize(quote),
        CancellationPolicy = stay.CancellationPolicy, IdempotencyKey = key, RequestHash = key is null ? null : hash, CreatedAt = now,
    };

    /// <summary>The booking an earlier request with this key made: the same answer again, or 422 if the body differs.</summary>
    static async Task<Outcome<BookingView>?> FindRetryAsync(StaysDb db, Guid guestId, string key, byte[] hash, IStringLocalizer<StaysText> t, CancellationToken ct)
    {
        var earlier = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.GuestUserId == guestId && b.IdempotencyKey == key, ct);
        if (earlier is null)
            return null;
        if (!CryptographicOperations.FixedTimeEquals(earlier.RequestHash, hash))
            return Outcome<BookingView>.Unprocessable("idempotency-key-reused", t["IdempotencyKeyReused"], "Idempotency-Key");
        return Outcome<BookingView>.Created(await BookingView.LoadAsync(db, earlier, ct));
    }
}
