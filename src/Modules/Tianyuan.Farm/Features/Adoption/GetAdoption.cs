namespace Tianyuan.Farm.Features.Adoption;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Features.Snapshots;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel.Access;

/// <summary>
/// GET /api/farm/adoptions/{id}: what an adopting family watches — their unit, the plot's latest sensor values and the
/// last week's daily averages, the plot's newest camera snapshots, and the farm's diary for that plot. Only the family
/// (and the farm's people) may see it. The order that made the adoption is where the harvest is shipped to.
/// </summary>
static class GetAdoption
{
    public sealed record Latest(string Quantity, double Value, string Unit, DateTimeOffset At);

    public sealed record DailyPoint(DateOnly Day, string Quantity, double Average);

    public sealed record DiaryLine(DateOnly Day, string Kind, string? Product, string? Amount, string Note);

    public sealed record Response(Guid Id, int UnitNumber, PublishAdoptionPlan.Response Plan, string FarmName, string PlotName, string? Crop,
        double AreaMu, IReadOnlyList<Latest> Live, IReadOnlyList<DailyPoint> Week, IReadOnlyList<DiaryLine> Diary, DateTimeOffset AdoptedAt,
        IReadOnlyList<SaveSnapshot.Response> Snapshots, Guid OrderId);

    /// <summary>A phone screen's worth of the plot's newest photos; the plot keeps more (see CameraSnapshot.MaxPerPlot).</summary>
    public const int GalleryLimit = 12;

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/adoptions/{id:guid}", async (Guid id, ClaimsPrincipal user, FarmDb db, IStringLocalizer<AdoptionText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetAdoption))
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, ClaimsPrincipal user, FarmDb db, IStringLocalizer<AdoptionText> t,
        TimeProvider clock, CancellationToken ct)
    {
        var adoption = await db.Adoptions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.ReleasedAt == null, ct);
        var plan = adoption is null ? null : await db.AdoptionPlans.AsNoTracking().FirstAsync(p => p.Id == adoption.PlanId, ct);
        var farm = plan is null ? null : await db.Farms.AsNoTracking().Include(f => f.Plots).FirstAsync(f => f.Id == plan.FarmId, ct);
        if (adoption is null || plan is null || farm is null || (adoption.CustomerUserId != user.UserId() && !FarmAccess.MayManage(user, farm)))
            return Outcome<Response>.NotFound(t["AdoptionNotFound", id]);

        var plot = farm.Plots.First(p => p.Id == plan.PlotId);
        var sensors = await db.Devices.AsNoTracking().Where(d => d.PlotId == plot.Id && d.RevokedAt == null).Select(d => d.Id).ToListAsync(ct);
        var since = clock.GetUtcNow().AddDays(-2);
        var live = await db.Readings.AsNoTracking().Where(r => sensors.Contains(r.SensorId) && r.Time >= since)
            .GroupBy(r => r.Quantity).Select(g => g.OrderByDescending(r => r.Time).First()).ToListAsync(ct);
        var weekAgo = clock.GetUtcNow().AddDays(-7);
        var week = await db.Daily.AsNoTracking().Where(d => sensors.Contains(d.SensorId) && d.Start >= weekAgo)
            .OrderBy(d => d.Start).ToListAsync(ct);
        var diary = await db.Diary.AsNoTracking().Where(e => e.FarmId == farm.Id && (e.PlotId == plot.Id || e.PlotId == null))
            .OrderByDescending(e => e.Day).ThenByDescending(e => e.RecordedAt).Take(20).ToListAsync(ct);
        var adopted = await db.Adoptions.CountAsync(a => a.PlanId == plan.Id && a.ReleasedAt == null, ct);
        var snapshots = await db.Snapshots.AsNoTracking().Where(s => s.PlotId == plot.Id).OrderByDescending(s => s.TakenAt).Take(GalleryLimit)
            .Select(s => new SaveSnapshot.Response(s.Id, s.PlotId, s.TakenAt, SaveSnapshot.Url(s.Id), SaveSnapshot.ThumbnailUrl(s.Id), s.Width, s.Height))
            .ToListAsync(ct);

        return Outcome<Response>.Ok(new Response(
            adoption.Id, adoption.UnitNumber, PublishAdoptionPlan.View(plan, adopted), farm.Name, plot.Name, plot.Crop, Math.Round(plot.AreaMu, 1),
            [.. live.OrderBy(r => r.Quantity).Select(r => new Latest(r.Quantity, r.Value, r.Unit, r.Time))],
            [.. week.Select(d => new DailyPoint(DateOnly.FromDateTime(Kernel.ChinaTime.ToChinaTime(d.Start).DateTime), d.Quantity, Math.Round(d.Sum / Math.Max(1, d.Count), 1)))],
            [.. diary.Select(e => new DiaryLine(e.Day, e.Kind, e.Product, e.Amount, e.Note))],
            adoption.CreatedAt, snapshots, adoption.OrderId));
    }
}
