namespace Tianyuan.Farm.Features.PestRules;

using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Alerts;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;

/// <summary>
/// GET /api/farm/farms/{farmId}/pest-rules: the built-in degree-day rules and the farm's own, each with the biofix in
/// effect, the degree-days counted since, and the day its threshold was crossed (null until then).
/// </summary>
static class ListPestRules
{
    public sealed record Item(Guid Id, bool BuiltIn, string Pest, string PestName, string Stage, string Advice, double LowerC, double UpperC,
        double ThresholdDd, DateOnly? BiofixOn, DateOnly? Biofix, double DegreeDays, DateOnly? CrossedOn);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/farms/{farmId:guid}/pest-rules", async (Guid farmId, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t, TimeProvider clock,
                CancellationToken ct) =>
            {
                var found = await db.Farms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == farmId, ct);
                return found is null || !FarmAccess.MayManage(user, found) ? Problems.NotFound("farm", farmId) : Results.Ok(await ExecuteAsync(farmId, db, t, clock, ct));
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListPestRules))
            .Produces<IReadOnlyList<Item>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(Guid farmId, FarmDb db, IStringLocalizer<FarmText> t, TimeProvider clock, CancellationToken ct)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var rules = await PestRules.ForFarmsAsync(db, [farmId], key => t[key], english, ct);
        var statuses = await PestWarnings.EvaluateAsync(db, farmId, [.. rules[farmId]], clock.Today(), ct);
        return [.. statuses.Select(s => new Item(s.Rule.Id, s.Rule.BuiltIn, s.Rule.Pest, s.Rule.PestName, s.Rule.Stage, s.Rule.Advice, s.Rule.LowerC, s.Rule.UpperC,
            s.Rule.ThresholdDd, s.Rule.BiofixOn, s.Biofix, s.DegreeDays, s.CrossedOn))];
    }
}
