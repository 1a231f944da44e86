namespace Tianyuan.Farm.Features.Alerts;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel.Access;

/// <summary>
/// POST /api/farm/alerts/{id}/acknowledge: a person has seen the alert and is dealing with it. It stays open until
/// the condition clears; acknowledging twice keeps the first time and person.
/// </summary>
static class AcknowledgeAlert
{
    public sealed record Response(Guid Id, DateTimeOffset AcknowledgedAt);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/alerts/{id:guid}/acknowledge", async (Guid id, ClaimsPrincipal user, FarmDb db, TimeProvider clock, CancellationToken ct) =>
                await ExecuteAsync(id, user, db, clock, ct))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(AcknowledgeAlert))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<IResult> ExecuteAsync(Guid id, ClaimsPrincipal user, FarmDb db, TimeProvider clock, CancellationToken ct)
    {
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (alert is null)
            return Problems.NotFound("alert", id);
        var farm = await db.Farms.AsNoTracking().FirstAsync(f => f.Id == alert.FarmId, ct);
        if (!FarmAccess.MayManage(user, farm))
            return Problems.Forbidden("This alert belongs to a farm you do not work on.");
        if (alert.AcknowledgedAt is null)
        {
            alert.AcknowledgedAt = clock.GetUtcNow();
            alert.AcknowledgedBy = user.UserId();
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(new Response(alert.Id, alert.AcknowledgedAt.Value));
    }
}
