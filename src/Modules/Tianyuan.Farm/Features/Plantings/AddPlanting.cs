namespace Tianyuan.Farm.Features.Plantings;

using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;

/// <summary>
/// POST /api/farm/plots/{plotId}/plantings: the farmer records what was sown or transplanted on a plot and when (for
/// tea and orchards, the season's start). From then on the plot's stage, Kc and root depth follow the crop's FAO-56 curve.
/// </summary>
static class AddPlanting
{
    public sealed record Request(string? Crop, string? Variety, DateOnly? StartedOn);

    /// <summary>Plantings are recorded around the time they happen: up to a year back, or a month ahead as a plan.</summary>
    public const int MaxDaysBack = 366;

    public const int MaxDaysAhead = 31;

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/plots/{plotId:guid}/plantings", async (Guid plotId, Request request, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t,
                TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(plotId, request, user, db, t, clock, ct)).ToHttpResult(p => $"/api/farm/plots/{p.PlotId}/plantings"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(AddPlanting))
            .Produces<PlantingView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<PlantingView>> ExecuteAsync(Guid plotId, Request r, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t,
        TimeProvider clock, CancellationToken ct)
    {
        var plot = await db.Plots.AsNoTracking().FirstOrDefaultAsync(p => p.Id == plotId, ct);
        var farm = plot is null ? null : await db.Farms.AsNoTracking().FirstAsync(f => f.Id == plot.FarmId, ct);
        if (plot is null || farm is null || !FarmAccess.MayManage(user, farm))
            return Outcome<PlantingView>.NotFound(t["PlotNotFound"]);
        var today = clock.Today();
        var errors = new Dictionary<string, string[]>();
        if (Crops.Find(r.Crop) is null)
            errors["crop"] = [t["PlantingCropInvalid", string.Join(", ", Crops.All.Select(c => c.Key))]];
        if (r.Variety?.Trim().Length > 40)
            errors["variety"] = [t["DiaryTooLong", 40]];
        if (r.StartedOn is not { } started || started < today.AddDays(-MaxDaysBack) || started > today.AddDays(MaxDaysAhead))
            errors["startedOn"] = [t["PlantingDateInvalid", MaxDaysBack, MaxDaysAhead]];
        if (errors.Count > 0)
            return Outcome<PlantingView>.Invalid(errors);

        var planting = new Planting
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), FarmId = farm.Id, PlotId = plot.Id, Crop = r.Crop!, StartedOn = r.StartedOn!.Value,
            Variety = string.IsNullOrWhiteSpace(r.Variety) ? null : r.Variety.Trim(), RecordedBy = user.UserId() ?? Guid.Empty, RecordedAt = clock.GetUtcNow(),
        };
        db.Plantings.Add(planting);
        await db.SaveChangesAsync(ct);
        return Outcome<PlantingView>.Created(PlantingView.Of(planting, today, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"));
    }
}
