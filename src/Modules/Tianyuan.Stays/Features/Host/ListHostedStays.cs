namespace Tianyuan.Stays.Features.Host;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;

/// <summary>GET /api/stays/hosting: the stays the signed-in host runs (operators: those in their regions), with room types and units.</summary>
static class ListHostedStays
{
    public sealed record UnitItem(Guid Id, string Label, string Housekeeping);

    public sealed record UnitTypeItem(Guid Id, string Name, int MaxGuests, decimal BaseNightly, IReadOnlyList<UnitItem> Units);

    public sealed record StayItem(Guid Id, Guid OrganisationId, string Name, string RegionCode, string Kind, bool Published, IReadOnlyList<UnitTypeItem> UnitTypes);

    public const int Limit = 200;

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapGet("/hosting", async (ClaimsPrincipal user, StaysDb db, CancellationToken ct) => Results.Ok(await ExecuteAsync(user, db, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(ListHostedStays))
            .Produces<IReadOnlyList<StayItem>>();

    public static async Task<IReadOnlyList<StayItem>> ExecuteAsync(ClaimsPrincipal user, StaysDb db, CancellationToken ct)
    {
        var stays = await db.Stays.AsNoTracking().ManagedBy(user).OrderBy(s => s.NameZh).Take(Limit)
            .Include(s => s.UnitTypes).ThenInclude(u => u.Units).AsSplitQuery().ToListAsync(ct);
        return [.. stays.Select(s => new StayItem(s.Id, s.OrganisationId, s.NameZh, s.RegionCode, s.Kind, s.Published,
            [.. s.UnitTypes.OrderBy(u => u.BaseNightly).Select(u => new UnitTypeItem(u.Id, u.NameZh, u.MaxGuests, u.BaseNightly,
                [.. u.Units.OrderBy(x => x.Label).Select(x => new UnitItem(x.Id, x.Label, x.Housekeeping))]))]))];
    }
}
