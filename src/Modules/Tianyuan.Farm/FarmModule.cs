namespace Tianyuan.Farm;

using Tianyuan.Farm.Features.Agronomy;

/// <summary>
/// The Farm module's surface. So far: the agronomy calculators under /api/farm/agronomy. Plots, devices,
/// telemetry ingest, alerts and adoption are the rest of the Farm issue and are not built yet.
/// </summary>
public static class FarmModule
{
    public static IEndpointRouteBuilder MapFarm(this IEndpointRouteBuilder endpoints)
    {
        var agronomy = endpoints.MapGroup("/api/farm/agronomy").WithTags("Farm");
        CalculateEt0.Map(agronomy);
        CalculateDegreeDays.Map(agronomy);
        return endpoints;
    }
}
