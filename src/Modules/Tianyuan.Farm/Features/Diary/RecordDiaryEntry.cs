namespace Tianyuan.Farm.Features.Diary;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;

/// <summary>
/// POST /api/farm/farms/{farmId}/diary: a farmer writes down what was done today (or on a recent day): watering,
/// fertilising, spraying with the product and dose, harvesting, the biofix (first sustained trap catch) of a pest.
/// Spraying and fertilising must name the product, since buyers and traceability ask exactly that; a biofix must name
/// the pest, since degree-day rules for that pest count from it.
/// </summary>
static class RecordDiaryEntry
{
    public sealed record Request(Guid? PlotId, string? Kind, DateOnly? Day, string? Product, string? Amount, string? Note, string? Pest = null);

    public sealed record Response(Guid Id, Guid FarmId, Guid? PlotId, string Kind, DateOnly Day, string? Product, string? Amount, string Note, string? Pest,
        DateTimeOffset RecordedAt);

    /// <summary>A diary is kept as things happen; older entries are a different job (an import).</summary>
    public const int MaxDaysBack = 60;

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/farms/{farmId:guid}/diary", async (Guid farmId, Request request, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t,
                TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(farmId, request, user, db, t, clock, ct)).ToHttpResult(e => $"/api/farm/farms/{e.FarmId}/diary"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RecordDiaryEntry))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid farmId, Request r, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t,
        TimeProvider clock, CancellationToken ct)
    {
        var farm = await db.Farms.AsNoTracking().Include(f => f.Plots).FirstOrDefaultAsync(f => f.Id == farmId, ct);
        if (farm is null || !FarmAccess.MayManage(user, farm))
            return Outcome<Response>.NotFound(t["FarmNotFound"]);
        var today = clock.Today();
        var errors = new Dictionary<string, string[]>();
        if (r.Kind is null || !DiaryEntry.Kinds.Contains(r.Kind))
            errors["kind"] = [t["DiaryKindInvalid", string.Join(", ", DiaryEntry.Kinds)]];
        if (r.Day is null || r.Day > today || r.Day < today.AddDays(-MaxDaysBack))
            errors["day"] = [t["DiaryDayInvalid", MaxDaysBack]];
        if (r.PlotId is { } plotId && farm.Plots.All(p => p.Id != plotId))
            errors["plotId"] = [t["DiaryPlotInvalid"]];
        if (r.Kind is "spraying" or "fertilization" && string.IsNullOrWhiteSpace(r.Product))
            errors["product"] = [t["DiaryProductRequired"]];
        if (r.Kind == "biofix" && string.IsNullOrWhiteSpace(r.Pest))
            errors["pest"] = [t["DiaryPestRequired"]];
        if (r.Pest?.Trim().Length > 40)
            errors["pest"] = [t["DiaryTooLong", 40]];
        if (r.Product?.Trim().Length > 80)
            errors["product"] = [t["DiaryTooLong", 80]];
        if (r.Amount?.Trim().Length > 40)
            errors["amount"] = [t["DiaryTooLong", 40]];
        if (r.Note?.Trim().Length > 500)
            errors["note"] = [t["DiaryTooLong", 500]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var entry = new DiaryEntry
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), FarmId = farm.Id, PlotId = r.PlotId, Kind = r.Kind!, Day = r.Day!.Value,
            Product = Blank(r.Product), Amount = Blank(r.Amount), Pest = r.Kind == "biofix" ? Blank(r.Pest) : null, Note = r.Note?.Trim() ?? "", RecordedBy = user.UserId() ?? Guid.Empty,
            RecordedAt = clock.GetUtcNow(),
        };
        db.Diary.Add(entry);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Created(ListDiary.ToResponse(entry));
    }

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
