namespace Tianyuan.Farm.Features.Farms;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Kernel;
using Tianyuan.Kernel.Access;
using Tianyuan.Regions.Contracts;

/// <summary>
/// POST /api/farm/farms {organisationId, name}: registers a farm for a cooperative, in the cooperative's region.
/// The cooperative's admin or an operator of its region may do it.
/// </summary>
static class CreateFarm
{
    public sealed record Request(Guid? OrganisationId, string? Name);

    public sealed record Response(Guid Id, Guid OrganisationId, string Name, string RegionCode);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/farms", Handle)
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CreateFarm))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    static async Task<IResult> Handle(Request request, ClaimsPrincipal user, FarmDb db, IOrganisationDirectory organisations, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.OrganisationId is null)
            errors["organisationId"] = ["organisationId (the cooperative) is required."];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 80)
            errors["name"] = ["A name of 1 to 80 characters is required."];
        if (errors.Count > 0)
            return Problems.Invalid(errors);
        var organisation = await organisations.FindAsync(request.OrganisationId!.Value, ct);
        if (organisation is not { Kind: "Cooperative" })
            return Problems.Invalid("organisationId", "No cooperative with this id.");
        if (!user.CanActFor(Roles.CooperativeAdmin, organisation.Id, RegionCode.Parse(organisation.RegionCode)))
            return Problems.Forbidden("Only the cooperative's admin or an operator of its region may register its farms.");

        var now = clock.GetUtcNow();
        var farm = new Domain.Farm { Id = Guid.CreateVersion7(now), Name = request.Name!.Trim(), OrganisationId = organisation.Id, RegionCode = organisation.RegionCode, CreatedAt = now };
        db.Farms.Add(farm);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/farm/plots?farmId={farm.Id}", new Response(farm.Id, farm.OrganisationId, farm.Name, farm.RegionCode));
    }
}
