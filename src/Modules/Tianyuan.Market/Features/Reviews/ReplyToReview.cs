namespace Tianyuan.Market.Features.Reviews;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/reviews/{id}/reply: the reviewed farm answers, once (a conditional update on "no reply yet",
/// so two people of the farm replying at once leave one reply and the other gets 409).
/// </summary>
static class ReplyToReview
{
    public sealed record Request(string? Text);

    public const int MaxText = 500;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/reviews/{id:guid}/reply", async (Guid id, Request request, ClaimsPrincipal user, MarketDb db, IStringLocalizer<ReviewsText> r,
                TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, user, db, r, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ReplyToReview))
            .WithSummary("The farm's one reply to a review of its product.")
            .Produces<ReviewView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<ReviewView>> ExecuteAsync(Guid id, Request request, ClaimsPrincipal user, MarketDb db, IStringLocalizer<ReviewsText> r,
        TimeProvider clock, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (review is null)
            return Outcome<ReviewView>.NotFound(r["ReviewNotFound"]);
        var product = await db.Products.AsNoTracking().FirstAsync(p => p.Id == review.ProductId, ct);
        if (!MarketAccess.MayManage(user, product))
            return Outcome<ReviewView>.Forbidden(r["NotYourProduct"]);
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Trim().Length > MaxText)
            return Outcome<ReviewView>.Invalid("text", r["ReplyRequired", MaxText]);
        var now = clock.GetUtcNow();
        var replied = await db.Reviews.Where(v => v.Id == id && v.Reply == null)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Reply, request.Text.Trim()).SetProperty(v => v.RepliedAt, now), ct);
        if (replied == 0)
            return Outcome<ReviewView>.Conflict("already-replied", r["AlreadyReplied"]);
        return Outcome<ReviewView>.Ok(ReviewView.From(await db.Reviews.AsNoTracking().FirstAsync(v => v.Id == id, ct)));
    }
}
