namespace Tianyuan.Market.Features.Reviews;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/order-lines/{lineId}/review: the customer rates a line of their completed order, once (a
/// unique key on the line). Text only for now: photo uploads wait for the shared photo helper in the Kernel.
/// </summary>
static class WriteReview
{
    public sealed record Request(int? Rating, string? Text);

    public const int MaxText = 1000;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/order-lines/{lineId:guid}/review", async (Guid lineId, Request request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<ReviewsText> r, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(lineId, request, user, db, r, clock, ct)).ToHttpResult(v => $"/api/market/products/{v.ProductId}/reviews"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("WriteProductReview")
            .WithSummary("Review a line of your completed order (rating 1–5 and text, once per line).")
            .Produces<ReviewView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<ReviewView>> ExecuteAsync(Guid lineId, Request request, ClaimsPrincipal user, MarketDb db, IStringLocalizer<ReviewsText> r,
        TimeProvider clock, CancellationToken ct)
    {
        var me = user.UserId();
        var line = await db.OrderLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lineId, ct);
        var order = line is null ? null : await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == line.OrderId && o.CustomerUserId == me, ct);
        if (line is null || order is null)
            return Outcome<ReviewView>.NotFound(r["LineNotFound"]);
        var errors = new Dictionary<string, string[]>();
        if (request.Rating is not (>= 1 and <= 5))
            errors["rating"] = [r["RatingRange"]];
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Trim().Length > MaxText)
            errors["text"] = [r["TextRequired", MaxText]];
        if (errors.Count > 0)
            return Outcome<ReviewView>.Invalid(errors);
        if (order.Status != OrderStatus.Completed)
            return Outcome<ReviewView>.Conflict("order-not-completed", r["NotCompleted"]);

        var now = clock.GetUtcNow();
        var review = new ProductReview
        {
            Id = Guid.CreateVersion7(now), OrderLineId = line.Id, OrderId = order.Id, ProductId = line.ProductId, OrganisationId = line.OrganisationId,
            CustomerUserId = order.CustomerUserId, Rating = request.Rating!.Value, Text = request.Text!.Trim(), CreatedAt = now,
        };
        db.Reviews.Add(review);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<ReviewView>.Conflict("already-reviewed", r["AlreadyReviewed"]);
        }

        return Outcome<ReviewView>.Created(ReviewView.From(review));
    }
}
