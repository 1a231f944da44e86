namespace Tianyuan.Market.Features.Coupons;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Pricing;
using Tianyuan.Market.Resources;
using Tianyuan.Regions.Contracts;

/// <summary>
/// POST /api/market/coupons: a farmer or cooperative admin issues a discount code for their organisation. The farm
/// pays for it, so it only ever applies to that organisation's products; it may be issued to one customer.
/// </summary>
static class CreateCoupon
{
    public sealed record Request(Guid? OrganisationId, string? Code, string? Kind, decimal? Value, decimal? MinSpend, DateTimeOffset? ValidFrom,
        DateTimeOffset? ValidUntil, int? PerCustomerLimit, int? TotalLimit, bool Stackable = false, Guid? OwnerUserId = null, string? Description = null);

    public const decimal MaxAmount = 10_000m;
    public const int MaxPercent = 90;

    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/coupons", async (Request request, ClaimsPrincipal user, MarketDb db, IOrganisationDirectory organisations,
                IStringLocalizer<CrossSellText> x, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, organisations, x, clock, ct)).ToHttpResult(c => $"/api/market/coupons/{c.Id}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CreateCoupon))
            .WithSummary("Issue a coupon for your organisation's products (farmer or cooperative admin).")
            .Produces<CouponView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<CouponView>> ExecuteAsync(Request r, ClaimsPrincipal user, MarketDb db, IOrganisationDirectory organisations,
        IStringLocalizer<CrossSellText> x, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var organisation = r.OrganisationId is { } orgId ? await organisations.FindAsync(orgId, ct) : null;
        if (organisation is null)
            errors["organisationId"] = [x["IssuerRequired"]];
        var code = CouponCodes.Normalise(r.Code);
        if (!CouponCodes.IsValid(code))
            errors["code"] = [x["CodeInvalid"]];
        if (!CouponKind.Discounts.Contains(r.Kind ?? ""))
            errors["kind"] = [x["KindUnknown"]];
        else if (r.Kind == CouponKind.PercentOff ? r.Value is not (>= 1 and <= MaxPercent) || r.Value % 1 != 0
                 : r.Value is not (> 0 and <= MaxAmount) || Math.Round(r.Value.Value, 2) != r.Value)
            errors["value"] = [r.Kind == CouponKind.PercentOff ? x["PercentRange", MaxPercent] : x["AmountRange", MaxAmount]];
        if (r.MinSpend is < 0 or > 100_000m || (r.MinSpend is { } min && Math.Round(min, 2) != min))
            errors["minSpend"] = [x["MinSpendRange"]];
        else if (r.Kind == CouponKind.AmountOff && r.Value > (r.MinSpend ?? 0) && r.MinSpend > 0)
            errors["value"] = [x["AmountAboveMinSpend"]];
        if (r.ValidFrom is null || r.ValidUntil is null || r.ValidUntil <= r.ValidFrom || r.ValidUntil <= clock.GetUtcNow())
            errors["validUntil"] = [x["ValidityInvalid"]];
        if (r.PerCustomerLimit is not (null or (>= 1 and <= 100)))
            errors["perCustomerLimit"] = [x["PerCustomerLimitRange"]];
        if (r.TotalLimit is not (null or (>= 1 and <= 1_000_000)))
            errors["totalLimit"] = [x["TotalLimitRange"]];
        if (r.Description is { Length: > 200 })
            errors["description"] = [x["DescriptionTooLong"]];
        if (errors.Count > 0)
            return Outcome<CouponView>.Invalid(errors);
        if (!MarketAccess.MaySell(user, organisation!.Id, organisation.RegionCode))
            return Outcome<CouponView>.Forbidden(x["NotYourOrganisation"]);

        var now = clock.GetUtcNow();
        var coupon = new Coupon
        {
            Id = Guid.CreateVersion7(now), Code = code, IssuerOrganisationId = organisation.Id, Kind = r.Kind!, Value = r.Value!.Value,
            MinSpend = r.MinSpend ?? 0m, ValidFrom = r.ValidFrom!.Value.ToUniversalTime(), ValidUntil = r.ValidUntil!.Value.ToUniversalTime(),
            PerCustomerLimit = r.PerCustomerLimit ?? 1, TotalLimit = r.TotalLimit, Stackable = r.Stackable, ScopeOrganisationId = organisation.Id,
            OwnerUserId = r.OwnerUserId, Source = CouponSource.Seller, SourceKey = code, Description = r.Description?.Trim(), CreatedAt = now,
        };
        db.Coupons.Add(coupon);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<CouponView>.Conflict("coupon-code-taken", x["CodeTaken", code], "code");
        }

        return Outcome<CouponView>.Created(CouponView.From(coupon));
    }
}
