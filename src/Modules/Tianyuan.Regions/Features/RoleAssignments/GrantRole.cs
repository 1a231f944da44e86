namespace Tianyuan.Regions.Features.RoleAssignments;

using Tianyuan.Kernel.Outbox;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Regions.Contracts;

/// <summary>
/// Gives a person a role in a region (operator of a township) or for an organisation (host of a homestay).
/// Admins grant anything; operators grant roles other than Admin inside the regions they operate.
/// </summary>
static class GrantRole
{
    public sealed record Request(string? Role, string? RegionCode, Guid? OrganisationId);

    public sealed record Response(Guid Id, Guid PersonId, string Role, string RegionCode, Guid? OrganisationId);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/people/{personId:guid}/roles", async (Guid personId, Request request, ClaimsPrincipal user, RegionsDb db,
                IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct) =>
                (await ExecuteAsync(personId, request, user, db, t, clock, ct)).ToHttpResult(r => $"/api/regions/people/{r.PersonId}"))
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(GrantRole))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid personId, Request request, ClaimsPrincipal user, RegionsDb db,
        IStringLocalizer<RegionsText> t, TimeProvider clock, CancellationToken ct)
    {
        if (!Roles.IsKnown(request.Role))
            return Outcome<Response>.Invalid(nameof(Request.Role), t["RoleUnknown", string.Join(", ", Roles.All)]);
        if ((request.RegionCode is null) == (request.OrganisationId is null))
            return Outcome<Response>.Invalid(nameof(Request.RegionCode), t["ScopeExactlyOne"]);
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
            return Outcome<Response>.NotFound(t["PersonNotFound"]);

        string regionCode;
        if (request.OrganisationId is { } organisationId)
        {
            var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, ct);
            if (organisation is null)
                return Outcome<Response>.Invalid(nameof(Request.OrganisationId), t["OrganisationNotFound"]);
            regionCode = organisation.RegionCode;
        }
        else if (!await db.Regions.AnyAsync(r => r.Code == request.RegionCode, ct))
            return Outcome<Response>.Invalid(nameof(Request.RegionCode), t["RegionNotFound", request.RegionCode!]);
        else
            regionCode = request.RegionCode!;

        if (!user.CanManageRegion(RegionCode.Parse(regionCode)) || (request.Role == Roles.Admin && !user.IsAdmin()))
            return Outcome<Response>.Forbidden(t["NotYourRegion", regionCode]);
        var now = clock.GetUtcNow();
        var assignment = RoleAssignment.Grant(Guid.CreateVersion7(now), personId, request.Role!, regionCode, request.OrganisationId, now);
        db.RoleAssignments.Add(assignment);
        db.Publish(new RoleAssignmentChanged(personId, assignment.Role, Granted: true), clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Already held (or the same grant submitted twice at once): the unique index keeps one active row.
            return Outcome<Response>.Conflict("role-already-held", t["RoleAlreadyHeld"]);
        }

        return Outcome<Response>.Created(new Response(assignment.Id, personId, assignment.Role, regionCode, assignment.OrganisationId));
    }
}
