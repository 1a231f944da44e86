namespace Tianyuan.Market.Features.GroupBuy;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Resources;

/// <summary>
/// PUT /api/market/points/{id}: an operator of the point's region edits it or deactivates it (<c>active: false</c>);
/// a deactivated point takes no new orders, and the orders it has keep it.
/// </summary>
static class UpdatePoint
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapPut("/points/{id:guid}", async (Guid id, PointRequest request, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<GroupBuyText> t, CancellationToken ct) => (await ExecuteAsync(id, request, user, db, t, ct)).ToHttpResult())
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(UpdatePoint))
            .Produces<PointView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Outcome<PointView>> ExecuteAsync(Guid id, PointRequest request, ClaimsPrincipal user, MarketDb db,
        IStringLocalizer<GroupBuyText> t, CancellationToken ct)
    {
        var point = await db.PickupPoints.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (point is null)
            return Outcome<PointView>.NotFound(t["PointNotFound", id]);
        if (!user.CanManageRegion(Kernel.RegionCode.Parse(point.RegionCode)))
            return Outcome<PointView>.Forbidden(t["NotYourRegion"]);
        // The organisation and region stay: they are whose point it is; a move is a new point.
        var errors = (request with { OrganisationId = point.OrganisationId, RegionCode = point.RegionCode }).Check(t);
        if (errors.Count > 0)
            return Outcome<PointView>.Invalid(errors);
        request.ApplyTo(point);
        point.Active = request.Active ?? point.Active;
        await db.SaveChangesAsync(ct);
        return Outcome<PointView>.Ok(PointView.From(point));
    }
}
