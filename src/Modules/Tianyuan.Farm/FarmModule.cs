namespace Tianyuan.Farm;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Farm.Alerts;
using Tianyuan.Farm.Contracts;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Demo;
using Tianyuan.Farm.Features.Adoption;
using Tianyuan.Farm.Features.Agronomy;
using Tianyuan.Farm.Features.Alerts;
using Tianyuan.Farm.Features.Devices;
using Tianyuan.Farm.Features.Diary;
using Tianyuan.Farm.Features.Farms;
using Tianyuan.Farm.Features.Overview;
using Tianyuan.Farm.Features.PestRules;
using Tianyuan.Farm.Features.Plantings;
using Tianyuan.Farm.Features.Plots;
using Tianyuan.Farm.Features.Snapshots;
using Tianyuan.Farm.Features.Telemetry;
using Tianyuan.Farm.Features.Weather;
using Tianyuan.Farm.Telemetry;
using Tianyuan.Kernel.Demo;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Contracts;

/// <summary>
/// The Farm module: farms and plots, devices, telemetry over MQTT and HTTP (SenML) with series queries, alerts and their
/// delivery, irrigation advice, plantings with their growth stages, degree-day pest warnings, weather import, the farm
/// diary (recorded in Trace as EPCIS events, with daily sensor summaries per plot), camera snapshots of plots, the
/// 我的农场 page, the agronomy, pest and disease calculators, and adoption (认养) plans sold through the shop.
/// See docs/farm.md.
/// </summary>
public static class FarmModule
{
    public static IServiceCollection AddFarm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<FarmDb, FarmDbSqlite, FarmDbPostgres>(configuration);
        services.AddScoped<IDemoContributor, FarmDemo>();
        services.AddSingleton<IngestQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestQueue>());
        services.AddSingleton<KnownDevices>();
        services.AddSingleton<MqttReadings>();
        if (ExternalBrokerSettings.From(configuration) is { } external)
        {
            services.AddSingleton(external);
            services.AddHostedService<ExternalMqttIngest>();
            services.AddHostedService<MosquittoAccounts>();
        }
        else
        {
            services.AddSingleton<MqttIngest>();
            services.AddHostedService(sp => sp.GetRequiredService<MqttIngest>());
        }
        services.AddSingleton<IAlertSink, InboxSink>();
        services.AddSingleton<IAlertSink, LogOnlySmsSink>();
        services.AddHostedService<AlertSweep>();
        services.AddHostedService<ReadingRetention>();
        services.AddIntegrationEventHandler<MarketOrderPlaced, AdoptionOrders>();
        services.AddIntegrationEventHandler<MarketOrderCancelled, AdoptionOrders>();
        services.AddIntegrationEventHandler<FarmDiaryRecorded, RecordDiaryInTrace>();
        services.AddHostedService<SensorDaysToTrace>();
        if (DatabaseSettings.From(configuration).IsPostgres)
            services.AddHostedService<ReadingPartitions>();
        return services;
    }

    public static IEndpointRouteBuilder MapFarm(this IEndpointRouteBuilder endpoints)
    {
        var farm = endpoints.MapGroup("/api/farm").WithTags("Farm");
        CreateFarm.Map(farm);
        CreatePlot.Map(farm);
        ListPlots.Map(farm);
        RegisterDevice.Map(farm);
        ListDevices.Map(farm);
        RevokeDevice.Map(farm);
        CalibrateDevice.Map(farm);
        IngestSenml.Map(farm);
        GetSeries.Map(farm);
        GetFarmOverview.Map(farm);
        ListAlerts.Map(farm);
        AcknowledgeAlert.Map(farm);
        RecordDiaryEntry.Map(farm);
        ListDiary.Map(farm);
        PublishAdoptionPlan.Map(farm);
        ListAdoptionPlans.Map(farm);
        ListMyAdoptions.Map(farm);
        GetAdoption.Map(farm);
        PostCameraSnapshot.Map(farm);
        UploadPlotSnapshot.Map(farm);
        GetSnapshot.Map(farm);
        AddPlanting.Map(farm);
        ListPlantings.Map(farm);
        AddPestRule.Map(farm);
        ListPestRules.Map(farm);
        ImportWeather.Map(farm);
        var agronomy = farm.MapGroup("/agronomy");
        CalculateEt0.Map(agronomy);
        CalculateDegreeDays.Map(agronomy);
        CalculatePestStage.Map(agronomy);
        CalculateLateBlightRisk.Map(agronomy);
        return endpoints;
    }
}
