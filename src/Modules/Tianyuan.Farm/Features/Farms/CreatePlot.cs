namespace Tianyuan.Farm.Features.Farms;

using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;

/// <summary>
/// POST /api/farm/farms/{farmId}/plots: a plot with its area (m² or 亩), soil (field capacity and wilting point as
/// m³/m³, FAO-56 Table 19) and, optionally, its outline as a GeoJSON Polygon. The farm's farmers may add plots.
/// </summary>
static class CreatePlot
{
    public sealed record Request(string? Name, double? AreaM2, double? AreaMu, string? SoilType, double? FieldCapacity, double? WiltingPoint,
        string? Crop, JsonElement? Boundary);

    public sealed record Response(Guid Id, Guid FarmId, string Name, double AreaM2, double AreaMu);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/farms/{farmId:guid}/plots", Handle)
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CreatePlot))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    static async Task<IResult> Handle(Guid farmId, Request r, ClaimsPrincipal user, FarmDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > 40)
            errors["name"] = ["A name of 1 to 40 characters is required (3号地, 东坡茶园)."];
        var area = r.AreaM2 ?? (r.AreaMu * Plot.SquareMetresPerMu);
        if (area is not (> 0 and < 10_000_000))
            errors["areaM2"] = ["Give the area as areaM2 or areaMu, above zero."];
        if (string.IsNullOrWhiteSpace(r.SoilType) || r.SoilType.Trim().Length > 40)
            errors["soilType"] = ["soilType is required (壤土, 砂壤土 ...)."];
        if (r.FieldCapacity is not (> 0 and <= 1))
            errors["fieldCapacity"] = ["fieldCapacity is a volume fraction between 0 and 1 (e.g. 0.27 for loam)."];
        if (r.WiltingPoint is not (>= 0 and < 1) || r.WiltingPoint >= r.FieldCapacity)
            errors["wiltingPoint"] = ["wiltingPoint is a volume fraction below fieldCapacity (e.g. 0.12 for loam)."];
        if (r.Crop?.Trim().Length > 40)
            errors["crop"] = ["At most 40 characters."];
        if (r.Boundary is { } b && !IsPolygon(b))
            errors["boundary"] = ["boundary is a GeoJSON Polygon geometry."];
        if (errors.Count > 0)
            return Problems.Invalid(errors);

        var farm = await db.Farms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == farmId, ct);
        if (farm is null)
            return Problems.NotFound("farm", farmId);
        if (!FarmAccess.MayManage(user, farm))
            return Problems.Forbidden("Only the farm's own farmers (or an operator of its region) may add plots.");

        var now = clock.GetUtcNow();
        var plot = new Plot
        {
            Id = Guid.CreateVersion7(now), FarmId = farm.Id, Name = r.Name!.Trim(), AreaM2 = Math.Round(area!.Value, 1), SoilType = r.SoilType!.Trim(),
            FieldCapacity = r.FieldCapacity!.Value, WiltingPoint = r.WiltingPoint!.Value, Crop = r.Crop?.Trim(),
            BoundaryGeoJson = r.Boundary?.GetRawText(), CreatedAt = now,
        };
        db.Plots.Add(plot);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict("duplicate-plot-name", "This farm already has a plot with this name.");
        }

        return TypedResults.Created($"/api/farm/plots?farmId={farm.Id}", new Response(plot.Id, farm.Id, plot.Name, plot.AreaM2, Math.Round(plot.AreaMu, 2)));
    }

    static bool IsPolygon(JsonElement geometry) =>
        geometry.ValueKind == JsonValueKind.Object && geometry.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Polygon"
        && geometry.TryGetProperty("coordinates", out var rings) && rings.ValueKind == JsonValueKind.Array && rings.GetArrayLength() > 0
        && rings[0].ValueKind == JsonValueKind.Array && rings[0].GetArrayLength() >= 4;
}
