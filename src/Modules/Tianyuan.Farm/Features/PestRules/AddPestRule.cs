namespace Tianyuan.Farm.Features.PestRules;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;

/// <summary>
/// POST /api/farm/farms/{farmId}/pest-rules: a farm's own degree-day rule ("桃小食心虫 … 400 °C·日 … 建议喷药"), for pests
/// and stages the built-in models do not cover or with thresholds the county's plant-protection station publishes.
/// </summary>
static class AddPestRule
{
    public sealed record Request(string? Pest, string? Stage, string? Advice, double? LowerC, double? UpperC, double? ThresholdDd, DateOnly? BiofixOn);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/farms/{farmId:guid}/pest-rules", async (Guid farmId, Request request, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t,
                TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(farmId, request, user, db, t, clock, ct)).ToHttpResult(_ => $"/api/farm/farms/{farmId}/pest-rules"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(AddPestRule))
            .Produces<ListPestRules.Item>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<ListPestRules.Item>> ExecuteAsync(Guid farmId, Request r, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t,
        TimeProvider clock, CancellationToken ct)
    {
        var farm = await db.Farms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == farmId, ct);
        if (farm is null || !FarmAccess.MayManage(user, farm))
            return Outcome<ListPestRules.Item>.NotFound(t["FarmNotFound"]);
        var today = clock.Today();
        var errors = new Dictionary<string, string[]>();
        Text(errors, t, "pest", r.Pest, 40, required: true);
        Text(errors, t, "stage", r.Stage, 60, required: true);
        Text(errors, t, "advice", r.Advice, 120, required: false);
        if (r.LowerC is not (>= -10 and <= 40))
            errors["lowerC"] = [t["PestRuleLowerInvalid"]];
        if (r.UpperC is not { } upper || upper <= r.LowerC || upper > 50)
            errors["upperC"] = [t["PestRuleUpperInvalid"]];
        if (r.ThresholdDd is not (> 0 and <= 5000))
            errors["thresholdDd"] = [t["PestRuleThresholdInvalid"]];
        if (r.BiofixOn is { } biofix && (biofix > today || biofix < today.AddDays(-366)))
            errors["biofixOn"] = [t["PestRuleBiofixInvalid"]];
        if (errors.Count > 0)
            return Outcome<ListPestRules.Item>.Invalid(errors);

        var rule = new PestRule
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), FarmId = farmId, Pest = r.Pest!.Trim(), Stage = r.Stage!.Trim(), Advice = r.Advice?.Trim() ?? "",
            LowerC = r.LowerC!.Value, UpperC = r.UpperC!.Value, ThresholdDd = r.ThresholdDd!.Value, BiofixOn = r.BiofixOn, CreatedBy = user.UserId() ?? Guid.Empty,
            CreatedAt = clock.GetUtcNow(),
        };
        db.PestRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return Outcome<ListPestRules.Item>.Created((await ListPestRules.ExecuteAsync(farmId, db, t, clock, ct)).Single(i => i.Id == rule.Id));
    }

    static void Text(Dictionary<string, string[]> errors, IStringLocalizer<FarmText> t, string field, string? value, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
            errors[field] = [t["PestRuleTextRequired", max]];
        else if (value?.Trim().Length > max)
            errors[field] = [t["DiaryTooLong", max]];
    }
}
