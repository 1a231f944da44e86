namespace Tianyuan.Regions.Features.Regions;

using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>GET /api/regions/{code}: one region with its boundary (GeoJSON), parent and direct children.</summary>
static class GetRegion
{
    public sealed record Child(string Code, string NameZh, string NameEn, RegionLevel Level);

    public sealed record Response(
        string Code, string? ParentCode, RegionLevel Level, string NameZh, string NameEn,
        double Latitude, double Longitude, JsonElement? Boundary, IReadOnlyList<Child> Children);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/{code:regex(^\\d{{2,12}}$)}", Handle)
            .AllowAnonymous()
            .WithName(nameof(GetRegion))
            .WithSummary("One region with its GeoJSON boundary and direct children.");

    static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(string code, RegionsDb db, CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        if (region is null)
            return Problems.NotFound("region", code);
        var children = await db.Regions.AsNoTracking().Where(r => r.ParentCode == code).OrderBy(r => r.Code)
            .Select(r => new Child(r.Code, r.NameZh, r.NameEn, r.Level)).ToListAsync(ct);
        JsonElement? boundary = region.BoundaryGeoJson is null ? null : JsonDocument.Parse(region.BoundaryGeoJson).RootElement.Clone();
        return TypedResults.Ok(new Response(region.Code, region.ParentCode, region.Level, region.NameZh, region.NameEn,
            region.CentreLatitude, region.CentreLongitude, boundary, children));
    }
}
