namespace Tianyuan.Market.Features.Reviews;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Resources;

/// <summary>
/// POST /api/market/reviews/{id}/hide: an operator of the product's region (or an admin) hides a review with a
/// reason. It stays on record with who hid it, when and why; it is only left out of what shoppers see.
/// </summary>
static class HideReview
{
    public sealed record Request(string? Reason);

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/reviews/{id:guid}/hide", async (Guid id, Request request, ClaimsPrincipal user, MarketDb db, IStringLocalizer<ReviewsText> r,
                TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, request, user, db, r, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName("HideProductReview")
            .WithSummary("Hide a review with a reason (operator of the product's region); kept on record.")
            .Produces<ReviewView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static async Task<Outcome<ReviewView>> ExecuteAsync(Guid id, Request request, ClaimsPrincipal user, MarketDb db, IStringLocalizer<ReviewsText> r,
        TimeProvider clock, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (review is null)
            return Outcome<ReviewView>.NotFound(r["ReviewNotFound"]);
        var product = await db.Products.AsNoTracking().FirstAsync(p => p.Id == review.ProductId, ct);
        if (!user.CanManageRegion(RegionCode.Parse(product.RegionCode)))
            return Outcome<ReviewView>.Forbidden(r["OperatorsOnly"]);
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > 200)
            return Outcome<ReviewView>.Invalid("reason", r["HideReasonRequired"]);
        // The first moderator's reason stands; hiding again changes nothing.
        await db.Reviews.Where(v => v.Id == id && v.HiddenAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(v => v.HiddenAt, clock.GetUtcNow()).SetProperty(v => v.HiddenReason, request.Reason.Trim())
            .SetProperty(v => v.HiddenBy, user.UserId()), ct);
        return Outcome<ReviewView>.Ok(ReviewView.From(await db.Reviews.AsNoTracking().FirstAsync(v => v.Id == id, ct)));
    }
}
