namespace Tianyuan.Stays.Features.Housekeeping;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Domain;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/housekeeping/{id}/done with the ticked checklist, or /override (the host releases the unit
/// without the task). Either makes the unit clean and sellable again for arrivals today.
/// </summary>
static class CompleteHousekeeping
{
    public sealed record Request(IReadOnlyList<string>? Checked);

    public sealed record Response(Guid Id, Guid UnitId, string UnitState, DateTimeOffset? DoneAt, DateTimeOffset? OverriddenAt);

    public static void Map(IEndpointRouteBuilder stays)
    {
        stays.MapPost("/housekeeping/{id:guid}/done", async (Guid id, Request request, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(id, request.Checked, overriding: false, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName("CompleteHousekeeping")
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        stays.MapPost("/housekeeping/{id:guid}/override", async (Guid id, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
                TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(id, null, overriding: true, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName("OverrideHousekeeping")
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, IReadOnlyList<string>? ticked, bool overriding, ClaimsPrincipal user, StaysDb db,
        IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        var task = await db.Housekeeping.FirstOrDefaultAsync(h => h.Id == id, ct);
        var stay = task is null ? null : await db.Stays.AsNoTracking().FirstAsync(s => s.Id == task.StayId, ct);
        if (task is null || !StayAccess.MayManage(user, stay!))
            return Outcome<Response>.NotFound(t["TaskNotFound", id]);
        return await FinishAsync(db, task, ticked, overriding, photo: null, t, clock, ct);
    }

    /// <summary>
    /// Closes an open task: the full checklist (or the host's override) makes the unit sellable again for arrivals
    /// today. Shared by the host's page and the cleaner's link.
    /// </summary>
    public static async Task<Outcome<Response>> FinishAsync(StaysDb db, HousekeepingTask task, IReadOnlyList<string>? ticked, bool overriding, byte[]? photo,
        IStringLocalizer<StaysText> t, TimeProvider clock, CancellationToken ct)
    {
        var unit = await db.Units.FirstAsync(u => u.Id == task.UnitId, ct);
        if (!task.IsOpen)
            return task.DoneAt is not null || task.OverriddenAt is not null
                ? Outcome<Response>.Ok(new Response(task.Id, unit.Id, unit.Housekeeping, task.DoneAt, task.OverriddenAt))
                : Outcome<Response>.Conflict("task-cancelled", t["TaskCancelled"]);

        if (!overriding)
        {
            var items = ticked ?? [];
            var unknown = items.Where(i => !HousekeepingTask.ChecklistKeys.Contains(i)).ToList();
            if (unknown.Count > 0)
                return Outcome<Response>.Invalid("checked", t["ChecklistUnknown", string.Join(", ", unknown)]);
            var missing = HousekeepingTask.ChecklistKeys.Except(items).ToList();
            if (missing.Count > 0)
                return Outcome<Response>.Invalid("checked", t["ChecklistIncomplete", string.Join("、", missing.Select(m => t["Check_" + m].Value))]);
            task.Checked = string.Join(',', items.Distinct());
            task.Photo = photo;
            task.DoneAt = clock.GetUtcNow();
        }
        else
            task.OverriddenAt = clock.GetUtcNow();

        // Another open task on the same unit (two check-outs without cleaning in between) keeps it dirty.
        var othersOpen = await db.Housekeeping.AnyAsync(h => h.UnitId == unit.Id && h.Id != task.Id && h.DoneAt == null && h.OverriddenAt == null && h.CancelledAt == null, ct);
        if (!othersOpen)
            unit.Housekeeping = overriding ? HousekeepingState.Clean : HousekeepingState.Inspected;
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(new Response(task.Id, unit.Id, unit.Housekeeping, task.DoneAt, task.OverriddenAt));
    }
}
