namespace Tianyuan.Trace;

using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Features.Capture;
using Tianyuan.Trace.Features.Discovery;
using Tianyuan.Trace.Features.Labels;
using Tianyuan.Trace.Features.Query;
using Tianyuan.Trace.Features.Resolver;

/// <summary>
/// The Trace module's surface so far: the EPCIS 2.0 repository under /epcis (capture, SimpleEventQuery, discovery;
/// see docs/epcis.md) and the GS1 Digital Link resolver under /01/... with its consumer page, scan counting and
/// labels (docs/digital-link.md). Capture and labels need a signed-in farmer, cooperative admin, operator or admin,
/// or an API key with the epcis:capture scope; queries and the consumer page are public so anyone holding a
/// product can check its history.
/// </summary>
public static class TraceModule
{
    public static IServiceCollection AddTrace(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<TraceDb, TraceDbSqlite, TraceDbPostgres>(configuration);
        services.AddSingleton(EpcisSettings.From(configuration));
        services.AddScoped<CaptureProcessor>();
        services.AddSingleton(ScanSettings.From(configuration));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, Negotiation>());
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
        GetLinkset.Map(endpoints);
        LabelsCsv.Map(endpoints.MapGroup("/api/trace").WithTags("Trace"));
        return endpoints;
    }
}
