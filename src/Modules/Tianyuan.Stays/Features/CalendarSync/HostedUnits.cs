namespace Tianyuan.Stays.Features.CalendarSync;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Stays.Data;

/// <summary>
/// Whether the signed-in user runs the stay a unit belongs to. Callers answer 404 either way it fails, so another
/// host cannot learn which unit, block or feed ids exist.
/// </summary>
static class HostedUnits
{
    public static async Task<bool> MayManageAsync(StaysDb db, ClaimsPrincipal user, Guid unitId, CancellationToken ct)
    {
        var stay = await (from unit in db.Units
                          join type in db.UnitTypes on unit.UnitTypeId equals type.Id
                          join s in db.Stays on type.StayId equals s.Id
                          where unit.Id == unitId
                          select s).AsNoTracking().FirstOrDefaultAsync(ct);
        return stay is not null && StayAccess.MayManage(user, stay);
    }
}
