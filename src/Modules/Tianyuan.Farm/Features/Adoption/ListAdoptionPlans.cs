namespace Tianyuan.Farm.Features.Adoption;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Ui;

/// <summary>GET /api/farm/adoption-plans?page=: plans whose season has not ended, with how many units are still free; public.</summary>
static class ListAdoptionPlans
{
    public sealed record PlanSummary(PublishAdoptionPlan.Response Plan, string FarmName, string PlotName, string? Crop, int Free);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/adoption-plans", async (int? page, FarmDb db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(page, db, clock, ct)))
            .AllowAnonymous()
            .WithName(nameof(ListAdoptionPlans));

    public static async Task<PagedList<PlanSummary>> ExecuteAsync(int? page, FarmDb db, TimeProvider clock, CancellationToken ct)
    {
        var paging = Paging.From(page, Paging.DefaultSize);
        var today = Kernel.ChinaTime.Today(clock);
        var open = db.AdoptionPlans.AsNoTracking().Where(p => p.SeasonUntil >= today);
        var total = await open.CountAsync(ct);
        var plans = await open.OrderBy(p => p.SeasonFrom).ThenBy(p => p.NameZh).Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
        var planIds = plans.Select(p => p.Id).ToList();
        var adopted = await db.Adoptions.AsNoTracking().Where(a => planIds.Contains(a.PlanId) && a.ReleasedAt == null)
            .GroupBy(a => a.PlanId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var plotIds = plans.Select(p => p.PlotId).ToList();
        var plots = await db.Plots.AsNoTracking().Where(p => plotIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var farmIds = plans.Select(p => p.FarmId).ToList();
        var farms = await db.Farms.AsNoTracking().Where(f => farmIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        return new PagedList<PlanSummary>([.. plans.Select(p =>
        {
            var taken = adopted.GetValueOrDefault(p.Id);
            return new PlanSummary(PublishAdoptionPlan.View(p, taken), farms[p.FarmId], plots[p.PlotId].Name, plots[p.PlotId].Crop, p.Units - taken);
        })], paging.Page, paging.Size, total);
    }
}
