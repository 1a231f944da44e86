namespace Tianyuan.Stays.Features.Listings;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Resources;

/// <summary>
/// PUT /api/stays/units/{unitTypeId}/rates: the host changes a room type's base, weekend and extra-guest prices,
/// minimum stay and length-of-stay discounts. Existing bookings keep the price they were quoted.
/// </summary>
static class UpdateRates
{
    public sealed record Request(decimal? BaseNightly, decimal? WeekendNightly, decimal? ExtraGuestNightly, int? BaseOccupancy, int? MinNights,
        decimal? WeeklyDiscountPct, decimal? MonthlyDiscountPct);

    public sealed record Response(Guid UnitTypeId, decimal BaseNightly, decimal? WeekendNightly, decimal ExtraGuestNightly, int BaseOccupancy, int MinNights,
        decimal WeeklyDiscountPct, decimal MonthlyDiscountPct);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPut("/units/{unitTypeId:guid}/rates", async (Guid unitTypeId, Request request, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
                CancellationToken ct) => (await ExecuteAsync(unitTypeId, request, user, db, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(UpdateRates))
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid unitTypeId, Request r, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
        CancellationToken ct)
    {
        var type = await db.UnitTypes.FirstOrDefaultAsync(u => u.Id == unitTypeId, ct);
        var stay = type is null ? null : await db.Stays.AsNoTracking().FirstAsync(s => s.Id == type.StayId, ct);
        if (type is null || !StayAccess.MayManage(user, stay!))
            return Outcome<Response>.NotFound(t["UnitTypeNotFound", unitTypeId]);
        var errors = new Dictionary<string, string[]>();
        RateRules.CheckPrice(errors, "baseNightly", r.BaseNightly, required: true, t);
        RateRules.CheckPrice(errors, "weekendNightly", r.WeekendNightly, required: false, t);
        if (r.ExtraGuestNightly is < 0 or > 10_000)
            errors["extraGuestNightly"] = [t["PriceInvalid"]];
        if (r.BaseOccupancy is < 1 || r.BaseOccupancy > type.MaxGuests)
            errors["baseOccupancy"] = [t["BaseOccupancyInvalid"]];
        if (r.MinNights is < 1 or > 90)
            errors["minNights"] = [t["MinNightsInvalid"]];
        if (r.WeeklyDiscountPct is < 0 or > 90)
            errors["weeklyDiscountPct"] = [t["DiscountInvalid"]];
        if (r.MonthlyDiscountPct is < 0 or > 90)
            errors["monthlyDiscountPct"] = [t["DiscountInvalid"]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        type.BaseNightly = r.BaseNightly!.Value;
        type.WeekendNightly = r.WeekendNightly;
        type.ExtraGuestNightly = r.ExtraGuestNightly ?? 0;
        type.BaseOccupancy = r.BaseOccupancy ?? type.BaseOccupancy;
        type.MinNights = r.MinNights ?? 1;
        type.WeeklyDiscountPct = r.WeeklyDiscountPct ?? 0;
        type.MonthlyDiscountPct = r.MonthlyDiscountPct ?? 0;
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(new Response(type.Id, type.BaseNightly, type.WeekendNightly, type.ExtraGuestNightly, type.BaseOccupancy, type.MinNights,
            type.WeeklyDiscountPct, type.MonthlyDiscountPct));
    }
}
