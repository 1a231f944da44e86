namespace Tianyuan.Stays.Features.CalendarSync;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Stays.Data;
using Tianyuan.Stays.Resources;

/// <summary>
/// POST /api/stays/units/{unitTypeId}/calendar-token: a new export URL, shown this once, for a host whose link leaked
/// or who lost it. The old token stops working at once (only the new hash is kept), so OTAs must be given the new URL.
/// </summary>
static class RenewCalendarToken
{
    public sealed record Response(Guid UnitTypeId, string CalendarUrl);

    public static void Map(IEndpointRouteBuilder stays) =>
        stays.MapPost("/units/{unitTypeId:guid}/calendar-token", async (Guid unitTypeId, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t,
                CancellationToken ct) =>
                (await ExecuteAsync(unitTypeId, user, db, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RenewCalendarToken))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid unitTypeId, ClaimsPrincipal user, StaysDb db, IStringLocalizer<StaysText> t, CancellationToken ct)
    {
        var type = await db.UnitTypes.FirstOrDefaultAsync(u => u.Id == unitTypeId, ct);
        var stay = type is null ? null : await db.Stays.AsNoTracking().FirstAsync(s => s.Id == type.StayId, ct);
        if (type is null || stay is null || !StayAccess.MayManage(user, stay))
            return Outcome<Response>.NotFound(t["UnitTypeNotFound", unitTypeId]);
        var token = LinkToken.New();
        type.FeedTokenHash = LinkToken.Hash(token);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(new Response(type.Id, LinkToken.CalendarUrl(type.Id, token)));
    }
}
