namespace Tianyuan.Stays;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The Stays module: listings, rates, bookings, calendar sync, the unmanned guest loop, host and guest pages.</summary>
public static class StaysModule
{
    public static IServiceCollection AddStays(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }

    public static IEndpointRouteBuilder MapStays(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/stays").WithTags("Stays");
        return endpoints;
    }
}
