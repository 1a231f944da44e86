namespace Tianyuan.Trace;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Features.Capture;
using Tianyuan.Trace.Features.Discovery;
using Tianyuan.Trace.Features.Query;

/// <summary>
/// The Trace module's surface so far: the EPCIS 2.0 repository under /epcis (capture, SimpleEventQuery, discovery;
/// see docs/epcis.md). Capture needs a signed-in farmer, cooperative admin, operator or admin, or an API key with
/// the epcis:capture scope; queries are public so anyone holding a product can check its history.
/// </summary>
public static class TraceModule
{
    public static IServiceCollection AddTrace(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<TraceDb, TraceDbSqlite, TraceDbPostgres>(configuration);
        services.AddSingleton(EpcisSettings.From(configuration));
        services.AddScoped<CaptureProcessor>();
        return services;
    }

    public static IEndpointRouteBuilder MapTrace(this IEndpointRouteBuilder endpoints)
    {
        var epcis = endpoints.MapGroup("/epcis").WithTags("EPCIS");
        EpcisOptions.Map(epcis);
        CaptureDocument.Map(epcis);
        GetCaptureJob.Map(epcis);
        CaptureEvent.Map(epcis);
        QueryEvents.Map(epcis);
        GetEvent.Map(epcis);
        ListResources.Map(epcis);
        return endpoints;
    }
}
