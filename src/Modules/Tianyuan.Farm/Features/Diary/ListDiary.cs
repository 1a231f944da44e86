namespace Tianyuan.Farm.Features.Diary;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Kernel.Access;

/// <summary>GET /api/farm/farms/{farmId}/diary: the farm's diary, newest first (the last 100 entries).</summary>
static class ListDiary
{
    public const int Limit = 100;

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/farms/{farmId:guid}/diary", async (Guid farmId, ClaimsPrincipal user, FarmDb db, CancellationToken ct) =>
            {
                var found = await db.Farms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == farmId, ct);
                return found is null || !FarmAccess.MayManage(user, found) ? Problems.NotFound("farm", farmId) : Results.Ok(await ExecuteAsync(farmId, db, ct));
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListDiary))
            .Produces<IReadOnlyList<RecordDiaryEntry.Response>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<IReadOnlyList<RecordDiaryEntry.Response>> ExecuteAsync(Guid farmId, FarmDb db, CancellationToken ct) =>
        [.. (await db.Diary.AsNoTracking().Where(d => d.FarmId == farmId).OrderByDescending(d => d.Day).ThenByDescending(d => d.RecordedAt)
            .Take(Limit).ToListAsync(ct)).Select(ToResponse)];

    public static RecordDiaryEntry.Response ToResponse(DiaryEntry e) =>
        new(e.Id, e.FarmId, e.PlotId, e.Kind, e.Day, e.Product, e.Amount, e.Note, e.Pest, e.RecordedAt, e.WithdrawalDays, e.Lot, e.Gtin);
}
