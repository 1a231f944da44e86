namespace Tianyuan.Stays.Features.Listings;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/units/{unitTypeId}/seasons and DELETE /api/stays/seasons/{id}: date ranges with their own nightly,
/// weekend and extra-guest prices and minimum stay (Spring Festival, National Day, summer).
/// </summary>
static class ManageSeasons
{
    public sealed record Request(string? Name, DateOnly? From, DateOnly? Until, decimal? Nightly, decimal? WeekendNightly, decimal? ExtraGuestNightly, int? MinNights);

    public sealed record Response(Guid Id, Guid UnitTypeId, string Name, DateOnly From, DateOnly Until, decimal Nightly, decimal? WeekendNightly,
        decimal? ExtraGuestNightly, int? MinNights);

    public const int MaxSeasonDays = 366;

    public static void Map(IEndpointRouteBuilder stays)
    {
        stays.MapPost("/units/{unitTypeId:guid}/seasons", async (Guid unitTypeId, Request request, ClaimsPrincipal user, StaysDb db,
                IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct) =>
                (await AddAsync(unitTypeId, request, user, db, t, clock, ct)).ToHttpResult(s => $"/api/stays/units/{s.UnitTypeId}/quote"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("AddSeason")
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        stays.MapDelete("/seasons/{id:guid}", async (Guid id, ClaimsPrincipal user, StaysDb db, CancellationToken ct) =>
            {
                var season = await db.Seasons.FirstOrDefaultAsync(s => s.Id == id, ct);
                if (season is null || !await MayManageAsync(db, user, season.UnitTypeId, ct))
                    return Problems.NotFound("season", id);
                db.Seasons.Remove(season);
                await db.SaveChangesAsync(ct);
                return Results.NoContent();
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName("RemoveSeason")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Outcome<Response>> AddAsync(Guid unitTypeId, Request r, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
        TimeProvider clock, CancellationToken ct)
    {
        if (!await MayManageAsync(db, user, unitTypeId, ct))
            return Outcome<Response>.NotFound(t["UnitTypeNotFound", unitTypeId]);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > 40)
            errors["name"] = [t["Required", t["SeasonName"]]];
        if (r.From is null)
            errors["from"] = [t["DateRequired"]];
        if (r.Until is null || r.Until <= r.From)
            errors["until"] = [t["SeasonUntilInvalid"]];
        else if (r.From is not null && r.Until.Value.DayNumber - r.From.Value.DayNumber > MaxSeasonDays)
            errors["until"] = [t["SeasonTooLong", MaxSeasonDays]];
        RateRules.CheckPrice(errors, "nightly", r.Nightly, required: true, t);
        RateRules.CheckPrice(errors, "weekendNightly", r.WeekendNightly, required: false, t);
        if (r.ExtraGuestNightly is < 0 or > 10_000)
            errors["extraGuestNightly"] = [t["PriceInvalid"]];
        if (r.MinNights is < 1 or > 90)
            errors["minNights"] = [t["MinNightsInvalid"]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var season = new SeasonRate
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), UnitTypeId = unitTypeId, Name = r.Name!.Trim(), From = r.From!.Value, Until = r.Until!.Value,
            Nightly = r.Nightly!.Value, WeekendNightly = r.WeekendNightly, ExtraGuestNightly = r.ExtraGuestNightly, MinNights = r.MinNights,
        };
        db.Seasons.Add(season);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Created(new Response(season.Id, unitTypeId, season.Name, season.From, season.Until, season.Nightly, season.WeekendNightly,
            season.ExtraGuestNightly, season.MinNights));
    }

    static async Task<bool> MayManageAsync(StaysDb db, ClaimsPrincipal user, Guid unitTypeId, CancellationToken ct)
    {
        var stay = await (from u in db.UnitTypes where u.Id == unitTypeId join s in db.Stays on u.StayId equals s.Id select s).AsNoTracking().FirstOrDefaultAsync(ct);
        return stay is not null && StayAccess.MayManage(user, stay);
    }
}
