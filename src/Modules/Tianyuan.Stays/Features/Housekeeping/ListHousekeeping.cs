namespace Tianyuan.Stays.Features.Housekeeping;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;

/// <summary>GET /api/stays/housekeeping: open tasks of the stays the user hosts, turnovers first.</summary>
static class ListHousekeeping
{
    public sealed record TaskItem(Guid Id, Guid StayId, string StayName, Guid UnitId, string Unit, string UnitState, DateOnly Day,
        bool SameDayTurnover, DateTimeOffset CreatedAt);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/housekeeping", async (ClaimsPrincipal user, StaysDb db, CancellationToken ct) => Results.Ok(await ExecuteAsync(user, db, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListHousekeeping))
            .Produces<IReadOnlyList<TaskItem>>();

    public static async Task<IReadOnlyList<TaskItem>> ExecuteAsync(ClaimsPrincipal user, StaysDb db, CancellationToken ct) =>
        await (from h in db.Housekeeping.AsNoTracking()
               where h.DoneAt == null && h.OverriddenAt == null && h.CancelledAt == null
               join s in db.Stays.ManagedBy(user) on h.StayId equals s.Id
               join u in db.Units on h.UnitId equals u.Id
               orderby h.SameDayTurnover descending, h.Day, u.Label
               select new TaskItem(h.Id, s.Id, s.NameZh, u.Id, u.Label, u.Housekeeping, h.Day, h.SameDayTurnover, h.CreatedAt))
            .Take(500).ToListAsync(ct);
}
