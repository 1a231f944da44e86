namespace Tianyuan.Market.Features.Complaints;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Features.Orders;

/// <summary>
/// GET /api/market/complaints/photos/{id}.jpg: a complaint photo, for the order's customer, its sellers and operators
/// only (a pickup leader has no business with it); everyone else gets 404. Cached privately: it never changes.
/// </summary>
static class GetComplaintPhoto
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapGet("/complaints/photos/{id:guid}.jpg", async (Guid id, ClaimsPrincipal user, HttpContext http, MarketDb db, CancellationToken ct) =>
            {
                var photo = await db.ComplaintPhotos.AsNoTracking().Where(p => p.Id == id)
                    .Select(p => new { p.Jpeg, OrderId = db.Complaints.Where(c => c.Id == p.ComplaintId).Select(c => c.OrderId).First() })
                    .FirstOrDefaultAsync(ct);
                var order = photo is null ? null : await db.Orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == photo.OrderId, ct);
                if (photo is null || order is null
                    || await OrderAccess.RelationAsync(db, user, order, ct) is not (OrderAccess.Relation.Customer or OrderAccess.Relation.Seller or OrderAccess.Relation.Operator))
                    return Problems.NotFound("photo", id);
                http.Response.Headers[HeaderNames.CacheControl] = "private, max-age=31536000, immutable";
                return Results.File(photo.Jpeg, "image/jpeg");
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetComplaintPhoto))
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
