namespace Tianyuan.Market.Features.Photos;

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Access;
using Tianyuan.Market.Data;
using Tianyuan.Market.Resources;

/// <summary>DELETE /api/market/products/{id}/photos/{photoId}: the product's seller removes a photo (204; gone already is 404).</summary>
static class RemoveProductPhoto
{
    public static void Map(IEndpointRouteBuilder market) =>
        market.MapDelete("/products/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, ClaimsPrincipal user, MarketDb db,
                IStringLocalizer<PhotosText> t, CancellationToken ct) =>
            {
                var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
                if (product is null)
                    return Problems.NotFound("product", id);
                if (!MarketAccess.MayManage(user, product))
                    return Problems.Forbidden(t["NotYourProduct"]);
                // One statement: a double click deletes once and the second click finds nothing.
                var removed = await db.ProductPhotos.Where(p => p.Id == photoId && p.ProductId == id).ExecuteDeleteAsync(ct);
                return removed == 0 ? Problems.NotFound("photo", photoId) : Results.NoContent();
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RemoveProductPhoto))
            .WithSummary("Remove a product photo (seller of the product).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
