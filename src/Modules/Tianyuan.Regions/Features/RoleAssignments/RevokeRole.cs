namespace Tianyuan.Regions.Features.RoleAssignments;

using Tianyuan.Kernel.Outbox;
using Tianyuan.Regions.Contracts;

/// <summary>
/// Ends a role assignment. The row stays (who held what, when); the person's open sessions end so the
/// role stops working at once rather than at their next sign-in.
/// </summary>
static class RevokeRole
{
    public sealed record Response(Guid Id, DateTimeOffset RevokedAt);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/roles/{id:guid}/revoke", async (Guid id, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(id, user, db, t, clock, ct)).ToHttpResult())
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(RevokeRole))
            .Produces<Response>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid id, ClaimsPrincipal user, RegionsDb db, IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct)
    {
        var assignment = await db.RoleAssignments.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assignment is null)
            return Outcome<Response>.NotFound(t["RoleNotFound"]);
        var scope = RegionCode.TryParse(assignment.RegionCode, out var code) ? code : (RegionCode?)null;
        if (scope is null ? !user.IsAdmin() : !user.CanManageRegion(scope.Value) || (assignment.Role == Roles.Admin && !user.IsAdmin()))
            return Outcome<Response>.Forbidden(t["NotYourRegion", assignment.RegionCode ?? ""]);

        if (assignment.RevokedAt is null)
        {
            assignment.RevokedAt = clock.GetUtcNow();
            db.Publish(new RoleAssignmentChanged(assignment.PersonId, assignment.Role, Granted: false), clock);
            await db.SaveChangesAsync(ct);
        }

        return Outcome<Response>.Ok(new Response(assignment.Id, assignment.RevokedAt.Value));
    }
}
