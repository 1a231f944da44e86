namespace Tianyuan.Market.Features.GroupBuy;

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;
using Tianyuan.Market.Resources;
using Tianyuan.Regions.Contracts;

/// <summary>
/// POST /api/market/points: an operator of the region (or an admin) opens a pickup point for a GroupBuyPoint
/// organisation, whose GroupLeader then runs it.
/// </summary>
static class CreatePoint
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPost("/points", async (PointRequest request, ClaimsPrincipal user, MarketDb db, IOrganisationDirectory organisations,
                IStringLocalizer<GroupBuyText> t, CancellationToken ct) =>
                (await ExecuteAsync(request, user, db, organisations, t, ct)).ToHttpResult(p => $"/api/market/points/{p.Id}"))
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(CreatePoint))
            .Produces<PointView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static async Task<Outcome<PointView>> ExecuteAsync(PointRequest request, ClaimsPrincipal user, MarketDb db,
        IOrganisationDirectory organisations, IStringLocalizer<GroupBuyText> t, CancellationToken ct)
    {
        var errors = request.Check(t);
        if (errors.Count > 0)
            return Outcome<PointView>.Invalid(errors);
        var region = Kernel.RegionCode.Parse(request.RegionCode!);
        if (!user.CanManageRegion(region))
            return Outcome<PointView>.Forbidden(t["NotYourRegion"]);
        if (await organisations.FindAsync(request.OrganisationId!.Value, ct) is not { Kind: "GroupBuyPoint" })
            return Outcome<PointView>.Invalid("organisationId", t["PointOrganisationRequired"]);

        var point = new PickupPoint
        {
            Id = Guid.CreateVersion7(), OrganisationId = request.OrganisationId!.Value, RegionCode = region.Value,
            NameZh = "", Community = "", Address = "", OpeningHours = "", LeaderName = "", LeaderPhone = "",
        };
        request.ApplyTo(point);
        db.PickupPoints.Add(point);
        await db.SaveChangesAsync(ct);
        return Outcome<PointView>.Created(PointView.From(point));
    }
}
