namespace Tianyuan.Trace;

using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Trace.Contracts;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Features.Capture;
using Tianyuan.Trace.Features.Discovery;
using Tianyuan.Trace.Features.Labels;
using Tianyuan.Trace.Features.Log;
using Tianyuan.Trace.Features.NamedQueries;
using Tianyuan.Trace.Features.Query;
using Tianyuan.Trace.Features.Recall;
using Tianyuan.Trace.Features.Record;
using Tianyuan.Trace.Features.Resolver;
using Tianyuan.Trace.Log;

/// <summary>
/// The Trace module's surface so far: the EPCIS 2.0 repository under /epcis (capture, SimpleEventQuery, named queries
/// with webhook subscriptions, discovery; see docs/epcis.md); the transparency log every captured event is appended to, with its signed checkpoints, proofs
/// and per-event verification under /api/trace; and the GS1 Digital Link resolver under /01/... with its consumer
/// page, scan counting and labels (docs/digital-link.md). Capture and labels need a signed-in farmer, cooperative
/// admin, operator or admin, or an API key with the epcis:capture scope; queries, the log and the consumer page are
/// public so anyone holding a product can check its history. Other modules use <see cref="ITraceRecords"/>.
/// </summary>
public static class TraceModule
{
    public static IServiceCollection AddTrace(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<TraceDb, TraceDbSqlite, TraceDbPostgres>(configuration);
        services.AddSingleton(EpcisSettings.From(configuration));
        services.AddSingleton<PostgresCaptureBatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<PostgresCaptureBatcher>());
        services.AddScoped<CaptureProcessor>();
        services.AddScoped<ITraceRecords, TraceRecords>();
        var log = LogSettings.From(configuration);
        services.AddSingleton(log);
        services.AddSingleton(sp => LogKeyFile.Load(log, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LogKeyFile))));
        services.AddHttpClient(CheckpointJob.WitnessClient, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<CheckpointJob>();
        services.AddSingleton<LogSignal>();
        services.AddHostedService<LogAppendJob>();
        services.AddHttpClient(SubscriptionDelivery.Client, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<SubscriptionDelivery>();
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
        var queries = epcis.MapGroup("/queries");
        SaveNamedQuery.Map(queries);
        GetNamedQuery.Map(queries);
        DeleteNamedQuery.Map(queries);
        QueryNamedEvents.Map(queries);
        Subscribe.Map(queries);
        Unsubscribe.Map(queries);

        var api = endpoints.MapGroup("/api/trace").WithTags("Transparency log");
        VerifyEvent.Map(api);
        var log = api.MapGroup("/log");
        GetCheckpoint.Map(log);
        GetPublicKey.Map(log);
        GetInclusionProof.Map(log);
        GetConsistencyProof.Map(log);
        GetLinkset.Map(endpoints);
        var trace = endpoints.MapGroup("/api/trace").WithTags("Trace");
        LabelsCsv.Map(trace);
        RecallLot.Map(trace);
        RecallCsv.Map(trace);
        RecordStep.Map(trace);
        GetInputCertificate.Map(endpoints.MapGroup("").WithTags("Trace"));
        return endpoints;
    }
}
