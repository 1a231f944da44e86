namespace Tianyuan.Regions;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Kernel.Demo;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Regions.Contracts;
using Tianyuan.Regions.Demo;
using Tianyuan.Regions.Features.Consents;
using Tianyuan.Regions.Features.Organisations;
using Tianyuan.Regions.Features.People;
using Tianyuan.Regions.Features.Regions;
using Tianyuan.Regions.Features.RoleAssignments;

/// <summary>The Regions module's whole surface: services, the /api/regions endpoints and its demo part.</summary>
public static class RegionsModule
{
    public static IServiceCollection AddRegions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<RegionsDb, RegionsDbSqlite, RegionsDbPostgres>(configuration);
        services.AddScoped<IRegionDirectory, RegionDirectory>();
        services.AddScoped<IPeopleDirectory, PeopleDirectory>();
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<IDemoContributor, RegionsDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapRegions(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/regions").WithTags("Regions");
        GetRegionTree.Map(api);
        GetRegion.Map(api);
        ListVillages.Map(api);
        CreateRegion.Map(api);
        ListOrganisations.Map(api);
        GetOrganisation.Map(api);
        CreateOrganisation.Map(api);
        ListPeople.Map(api);
        GetPerson.Map(api);
        CreatePerson.Map(api);
        RecordConsent.Map(api);
        RevokeConsent.Map(api);
        GrantRole.Map(api);
        RevokeRole.Map(api);
        return endpoints;
    }
}
