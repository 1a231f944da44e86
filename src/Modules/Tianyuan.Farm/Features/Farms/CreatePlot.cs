namespace Tianyuan.Farm.Features.Farms;

using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;
using Tianyuan.Farm.Resources;
using Tianyuan.Kernel.Access;
using Tianyuan.Kernel.Persistence;

/// <summary>
/// POST /api/farm/farms/{farmId}/plots: a plot with its area (m² or 亩), soil (field capacity and wilting point as
/// m³/m³, FAO-56 Table 19) and, optionally, its outline as a GeoJSON Polygon. The farm's farmers may add plots; the
/// 地块和设备 page uses the same use case.
/// </summary>
static class CreatePlot
{
    public sealed record Request(string? Name, double? AreaM2, double? AreaMu, string? SoilType, double? FieldCapacity, double? WiltingPoint,
        string? Crop, JsonElement? Boundary);

    public sealed record Response(Guid Id, Guid FarmId, string Name, double AreaM2, double AreaMu);

    public static void Map(IEndpointRouteBuilder farm) =>
        farm.MapPost("/farms/{farmId:guid}/plots", async (Guid farmId, Request request, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t,
                TimeProvider clock, CancellationToken ct) => (await ExecuteAsync(farmId, request, user, db, t, clock, ct)).ToHttpResult(p => $"/api/farm/plots?farmId={p.FarmId}"))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(CreatePlot))
            .Produces<Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Outcome<Response>> ExecuteAsync(Guid farmId, Request r, ClaimsPrincipal user, FarmDb db, IStringLocalizer<FarmText> t,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > 40)
            errors["name"] = [t["PlotNameInvalid"]];
        var area = r.AreaM2 ?? (r.AreaMu * Plot.SquareMetresPerMu);
        if (area is not (> 0 and < 10_000_000))
            errors["areaM2"] = [t["PlotAreaInvalid"]];
        if (string.IsNullOrWhiteSpace(r.SoilType) || r.SoilType.Trim().Length > 40)
            errors["soilType"] = [t["PlotSoilRequired"]];
        if (r.FieldCapacity is not (> 0 and <= 1))
            errors["fieldCapacity"] = [t["PlotFieldCapacityInvalid"]];
        if (r.WiltingPoint is not (>= 0 and < 1) || r.WiltingPoint >= r.FieldCapacity)
            errors["wiltingPoint"] = [t["PlotWiltingPointInvalid"]];
        if (r.Crop?.Trim().Length > 40)
            errors["crop"] = [t["DiaryTooLong", 40]];
        if (r.Boundary is { } b && !IsPolygon(b))
            errors["boundary"] = [t["PlotBoundaryInvalid"]];
        if (errors.Count > 0)
            return Outcome<Response>.Invalid(errors);

        var farm = await db.Farms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == farmId, ct);
        if (farm is null)
            return Outcome<Response>.NotFound(t["FarmNotFound"]);
        if (!FarmAccess.MayManage(user, farm))
            return Outcome<Response>.Forbidden(t["FarmNotYours"]);

        var now = clock.GetUtcNow();
        var plot = new Plot
        {
            Id = Guid.CreateVersion7(now), FarmId = farm.Id, Name = r.Name!.Trim(), AreaM2 = Math.Round(area!.Value, 1), SoilType = r.SoilType!.Trim(),
            FieldCapacity = r.FieldCapacity!.Value, WiltingPoint = r.WiltingPoint!.Value, Crop = string.IsNullOrWhiteSpace(r.Crop) ? null : r.Crop.Trim(),
            BoundaryGeoJson = r.Boundary?.GetRawText(), CreatedAt = now,
        };
        db.Plots.Add(plot);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<Response>.Conflict("duplicate-plot-name", t["PlotNameTaken"], "name");
        }

        return Outcome<Response>.Created(new Response(plot.Id, farm.Id, plot.Name, plot.AreaM2, Math.Round(plot.AreaMu, 2)));
    }

    static bool IsPolygon(JsonElement geometry) =>
        geometry.ValueKind == JsonValueKind.Object && geometry.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Polygon"
        && geometry.TryGetProperty("coordinates", out var rings) && rings.ValueKind == JsonValueKind.Array && rings.GetArrayLength() > 0
        && rings[0].ValueKind == JsonValueKind.Array && rings[0].GetArrayLength() >= 4;
}
