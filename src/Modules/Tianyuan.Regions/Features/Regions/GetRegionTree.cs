namespace Tianyuan.Regions.Features.Regions;

using Tianyuan.Regions.Contracts;

/// <summary>GET /api/regions: the public region tree (names, levels, centres; boundaries per region).</summary>
static class GetRegionTree
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/", async (IRegionDirectory regions, CancellationToken ct) => TypedResults.Ok(await regions.GetTreeAsync(ct)))
            .AllowAnonymous()
            .WithName(nameof(GetRegionTree))
            .WithSummary("The region tree: province > city > county > township > village.");
}
