namespace Tianyuan.Stays.Features.Listings;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/{stayId}/unit-types: a room type with its count of identical units and its rates. The answer
/// carries the iCal export URL for OTAs, with its token shown this once (only a hash is kept).
/// </summary>
static class AddUnitType
{
    public sealed record Request(string? NameZh, string? NameEn, int? Beds, int? MaxGuests, int? BaseOccupancy, int? Units, decimal? BaseNightly,
        decimal? WeekendNightly, decimal? ExtraGuestNightly, int? MinNights, decimal? WeeklyDiscountPct, decimal? MonthlyDiscountPct);

    public sealed record Response(Guid Id, string NameZh, IReadOnlyList<string> Units, string CalendarUrl);

    public const int MaxUnits = 50;

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/{stayId:guid}/unit-types", async (Guid stayId, Request request, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(stayId, request, user, db, t, clock, ct)).ToHttpResult(r => $"/api/stays/units/{r.Id}/quote"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(AddUnitType))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid stayId, Request r, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
        TimeProvider clock, CancellationToken ct)
    {
        var stay = await db.Stays.AsNoTracking().FirstOrDefaultAsync(s => s.Id == stayId, ct);
        if (stay is null || !StayAccess.MayManage(user, stay))
            return Outcome<Response>.NotFound(t["StayNotFound", stayId]);
        var errors = Validate(r, t);
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var now = clock.GetUtcNow();
        var token = LinkToken.New();
        var type = new UnitType
        {
            Id = Guid.CreateVersion7(now), StayId = stay.Id, NameZh = r.NameZh!.Trim(), NameEn = r.NameEn?.Trim(), Beds = r.Beds ?? 1,
            MaxGuests = r.MaxGuests!.Value, BaseOccupancy = Math.Min(r.BaseOccupancy ?? r.MaxGuests!.Value, r.MaxGuests!.Value),
            BaseNightly = r.BaseNightly!.Value, WeekendNightly = r.WeekendNightly, ExtraGuestNightly = r.ExtraGuestNightly ?? 0,
            MinNights = r.MinNights ?? 1, WeeklyDiscountPct = r.WeeklyDiscountPct ?? 0, MonthlyDiscountPct = r.MonthlyDiscountPct ?? 0,
            FeedTokenHash = LinkToken.Hash(token),
        };
        var count = r.Units ?? 1;
        for (var i = 1; i <= count; i++)
            type.Units.Add(new Unit { Id = Guid.CreateVersion7(now), UnitTypeId = type.Id, Label = count == 1 ? type.NameZh : $"{type.NameZh} {i}" });
        db.UnitTypes.Add(type);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Created(new Response(type.Id, type.NameZh, [.. type.Units.Select(u => u.Label)], LinkToken.CalendarUrl(type.Id, token)));
    }

    static Dictionary<string, string[]> Validate(Request r, IStringLocalizer<StaysText> t)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.NameZh) || r.NameZh.Trim().Length > 30)
            errors["nameZh"] = [t["Required", "nameZh"]];
        if (r.NameEn?.Trim().Length > 60)
            errors["nameEn"] = [t["TooLong", "nameEn", 60]];
        if (r.MaxGuests is null or < 1 or > 30)
            errors["maxGuests"] = [t["MaxGuestsInvalid"]];
        if (r.BaseOccupancy is < 1 || r.BaseOccupancy > r.MaxGuests)
            errors["baseOccupancy"] = [t["BaseOccupancyInvalid"]];
        if (r.Beds is < 0 or > 30)
            errors["beds"] = [t["BedsInvalid"]];
        if (r.Units is < 1 or > MaxUnits)
            errors["units"] = [t["UnitsInvalid", MaxUnits]];
        RateRules.CheckPrice(errors, "baseNightly", r.BaseNightly, required: true, t);
        RateRules.CheckPrice(errors, "weekendNightly", r.WeekendNightly, required: false, t);
        if (r.ExtraGuestNightly is < 0 or > 10_000)
            errors["extraGuestNightly"] = [t["PriceInvalid"]];
        if (r.MinNights is < 1 or > 90)
            errors["minNights"] = [t["MinNightsInvalid"]];
        if (r.WeeklyDiscountPct is < 0 or > 90)
            errors["weeklyDiscountPct"] = [t["DiscountInvalid"]];
        if (r.MonthlyDiscountPct is < 0 or > 90)
            errors["monthlyDiscountPct"] = [t["DiscountInvalid"]];
        return errors;
    }
}
