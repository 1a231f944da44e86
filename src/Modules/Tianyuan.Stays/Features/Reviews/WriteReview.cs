namespace Tianyuan.Stays.Features.Reviews;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Features.Bookings;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/bookings/{id}/review: after check-out the guest reviews the stay and the host reviews the guest,
/// once each (a unique key on booking and direction; a second attempt is a 409, not a second review).
/// </summary>
static class WriteReview
{
    public sealed record Request(int? Rating, string? Text);

    public sealed record Response(Guid Id, string Direction, int Rating, string Text, DateTimeOffset CreatedAt);

    public const int MaxText = 1000;

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/bookings/{id:guid}/review", async (Guid id, Request request, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(id, request, user, db, t, clock, ct)).ToHttpResult(r => $"/api/stays/reviews/{r.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(WriteReview))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, Request r, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
        TimeProvider clock, CancellationToken ct)
    {
        if (await BookingLookup.FindAsync(db, id, user, ct) is not { } found)
            return Outcome<Response>.NotFound(t["BookingNotFound", id]);
        var errors = new Dictionary<string, string[]>();
        if (r.Rating is null or < 1 or > 5)
            errors["rating"] = [t["RatingInvalid"]];
        if (r.Text?.Trim().Length > MaxText)
            errors["text"] = [t["TooLong", t["ReviewText"], MaxText]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);
        if (found.Booking.Status != BookingStatus.CheckedOut)
            return Outcome<Response>.Conflict("not-checked-out", t["ReviewAfterCheckOut"]);

        var review = new Review
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), BookingId = found.Booking.Id, StayId = found.Stay.Id,
            Direction = found.IsGuest ? Review.GuestToStay : Review.HostToGuest, Rating = r.Rating!.Value, Text = r.Text?.Trim() ?? "",
            CreatedAt = clock.GetUtcNow(),
        };
        db.Reviews.Add(review);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<Response>.Conflict("already-reviewed", t["AlreadyReviewed"]);
        }

        return Outcome<Response>.Created(new Response(review.Id, review.Direction, review.Rating, review.Text, review.CreatedAt));
    }
}
