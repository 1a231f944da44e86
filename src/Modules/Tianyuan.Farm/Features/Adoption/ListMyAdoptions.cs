namespace Tianyuan.Farm.Features.Adoption;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Access;

/// <summary>GET /api/farm/adoptions/mine: the signed-in family's adopted trees and shares, current first.</summary>
static class ListMyAdoptions
{
    public sealed record Mine(Guid Id, int UnitNumber, Guid PlanId, string PlanName, string Kind, DateOnly SeasonFrom, DateOnly SeasonUntil, DateTimeOffset AdoptedAt);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapGet("/adoptions/mine", async (ClaimsPrincipal user, FarmDb db, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(user.UserId()!.Value, db, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListMyAdoptions));

    public static async Task<IReadOnlyList<Mine>> ExecuteAsync(Guid customer, FarmDb db, CancellationToken ct) =>
        await (from a in db.Adoptions.AsNoTracking()
               join p in db.AdoptionPlans.AsNoTracking() on a.PlanId equals p.Id
               where a.CustomerUserId == customer && a.ReleasedAt == null
               orderby p.SeasonUntil descending, a.UnitNumber
               select new Mine(a.Id, a.UnitNumber, p.Id, p.NameZh, p.Kind, p.SeasonFrom, p.SeasonUntil, a.CreatedAt))
            .Take(100).ToListAsync(ct);
}
