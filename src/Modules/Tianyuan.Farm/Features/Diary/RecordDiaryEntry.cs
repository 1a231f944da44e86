namespace Tianyuan.Farm.Features.Diary;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Contracts;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Trace.Contracts;

/// <summary>
/// POST /api/farm/farms/{farmId}/diary: a farmer writes down what was done today (or on a recent day): watering,
/// fertilising, spraying with the product and dose, harvesting, the biofix (first sustained trap catch) of a pest.
/// Spraying and fertilising must name the product, since buyers and traceability ask exactly that, and may give the
/// label's withdrawal period; a harvest may go into a lot (with the product's GTIN when it has one, the plot and the
/// mass harvested); a biofix must name the pest, since degree-day rules for that pest count from it. Irrigation,
/// fertilization, spraying and harvests into a lot also become Trace events (<see cref="RecordDiaryInTrace"/>), through
/// the outbox row saved with the entry.
/// </summary>
static class RecordDiaryEntry
{
    public sealed record Request(Guid? PlotId, string? Kind, DateOnly? Day, string? Product, string? Amount, string? Note, string? Pest = null,
        int? WithdrawalDays = null, string? Lot = null, string? Gtin = null);

    public sealed record Response(Guid Id, Guid FarmId, Guid? PlotId, string Kind, DateOnly Day, string? Product, string? Amount, string Note, string? Pest,
        DateTimeOffset RecordedAt, int? WithdrawalDays, string? Lot, string? Gtin);

    /// <summary>The longest withdrawal period on a label the diary accepts, as Trace does.</summary>
    public const int MaxWithdrawalDays = 365;

    /// <summary>The most one harvest into a lot may weigh, as Trace accepts it.</summary>
    public const decimal MaxHarvestKilograms = 1_000_000;

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
        if (r.WithdrawalDays is not null && (r.Kind is not ("spraying" or "fertilization") || r.WithdrawalDays is < 0 or > MaxWithdrawalDays))
            errors["withdrawalDays"] = [t["DiaryWithdrawalInvalid", MaxWithdrawalDays]];
        var gtin = "";
        if (Blank(r.Lot) is { } lot)
        {
            if (r.Kind != "harvest")
                errors["lot"] = [t["DiaryLotOnlyHarvest"]];
            else if (!TradeItemNumbers.IsLot(lot))
                errors["lot"] = [t["DiaryLotInvalid"]];
            if (r.Kind == "harvest" && r.PlotId is null)
                errors["plotId"] = [t["DiaryLotNeedsPlot"]];
            if (r.Kind == "harvest" && HarvestKilograms(r.Amount) is not (> 0 and <= MaxHarvestKilograms))
                errors["amount"] = [t["DiaryHarvestAmount"]];
            if (Blank(r.Gtin) is { } typed && !TradeItemNumbers.TryNormalise(typed, out gtin, out var wrong))
                errors["gtin"] = [t["DiaryGtinInvalid", wrong!]];
        }
        else if (Blank(r.Gtin) is not null)
        {
            errors["gtin"] = [t["DiaryGtinNeedsLot"]];
        }

        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var entry = new DiaryEntry
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), FarmId = farm.Id, PlotId = r.PlotId, Kind = r.Kind!, Day = r.Day!.Value,
            Product = Blank(r.Product), Amount = Blank(r.Amount), Pest = r.Kind == "biofix" ? Blank(r.Pest) : null, Note = r.Note?.Trim() ?? "", RecordedBy = user.UserId() ?? Guid.Empty,
            RecordedAt = clock.GetUtcNow(), WithdrawalDays = r.WithdrawalDays, Lot = Blank(r.Lot), Gtin = gtin.Length > 0 ? gtin : null,
        };
        db.Diary.Add(entry);
        db.Publish(new FarmDiaryRecorded(entry.Id, entry.FarmId, entry.Kind, entry.RecordedAt), clock);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Created(ListDiary.ToResponse(entry));
    }

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A harvest's amount as kilograms ("300 斤" → 150), or null when it is not a positive mass.</summary>
    public static decimal? HarvestKilograms(string? amount) =>
        Quantity.TryParse(amount, out var q) && q.Value > 0 && q.TryConvertTo(Unit.Kilogram, out var kg) ? kg.Value : null;
}
