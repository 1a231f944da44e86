namespace Tianyuan.Stays.Features.Reviews;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/reviews/{id}/hide with a reason: moderation by an operator of the stay's region (not by its host,
/// who must not be able to bury bad reviews). The review stays on record with the reason.
/// </summary>
static class HideReview
{
    public sealed record Request(string? Reason);

    public sealed record Response(Guid Id, DateTimeOffset HiddenAt, string Reason);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/reviews/{id:guid}/hide", async (Guid id, Request request, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(id, request, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(HideReview))
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, Request r, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
        TimeProvider clock, CancellationToken ct)
    {
        var review = await db.Reviews.FirstOrDefaultAsync(x => x.Id == id, ct);
        var region = review is null ? null : await db.Stays.Where(s => s.Id == review.StayId).Select(s => s.RegionCode).FirstAsync(ct);
        if (review is null || !user.CanManageRegion(RegionCode.Parse(region!)))
            return Outcome<Response>.NotFound(t["ReviewNotFound", id]);
        if (string.IsNullOrWhiteSpace(r.Reason) || r.Reason.Trim().Length > 200)
            return Outcome<Response>.Invalid("reason", t["HideReasonRequired"]);
        review.HiddenAt ??= clock.GetUtcNow();
        review.HiddenReason = r.Reason.Trim();
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(new Response(review.Id, review.HiddenAt.Value, review.HiddenReason));
    }
}
