namespace Tianyuan.Farm;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Farm.Alerts;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Demo;
using Tianyuan.Farm.Features.Agronomy;
using Tianyuan.Farm.Features.Alerts;
using Tianyuan.Farm.Features.Devices;
using Tianyuan.Farm.Features.Diary;
using Tianyuan.Farm.Features.Farms;
using Tianyuan.Farm.Features.Overview;
using Tianyuan.Farm.Features.PestRules;
using Tianyuan.Farm.Features.Plantings;
using Tianyuan.Farm.Features.Plots;
using Tianyuan.Farm.Features.Telemetry;
using Tianyuan.Farm.Features.Weather;
using Tianyuan.Farm.Telemetry;
using Tianyuan.Kernel.Demo;
using Tianyuan.Kernel.Persistence;

/// <summary>
/// The Farm module's surface so far: farms and plots, devices, telemetry over MQTT and HTTP (SenML) with series
/// queries, alerts, irrigation advice, the farm diary, plantings with their growth stages, the 我的农场 page, and the agronomy, pest and disease
/// calculators. Adoption is the rest of the Farm issue (see docs/farm.md).
/// </summary>
public static class FarmModule
{
    public static IServiceCollection AddFarm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<FarmDb, FarmDbSqlite, FarmDbPostgres>(configuration);
        services.AddScoped<IDemoContributor, FarmDemo>();
        services.AddSingleton<IngestQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestQueue>());
        services.AddSingleton<MqttIngest>();
        services.AddHostedService(sp => sp.GetRequiredService<MqttIngest>());
        services.AddSingleton<IAlertSink, InboxSink>();
        services.AddSingleton<IAlertSink, LogOnlySmsSink>();
        services.AddHostedService<AlertSweep>();
        services.AddHostedService<ReadingRetention>();
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
        IngestSenml.Map(farm);
        GetSeries.Map(farm);
        GetFarmOverview.Map(farm);
        ListAlerts.Map(farm);
        AcknowledgeAlert.Map(farm);
        RecordDiaryEntry.Map(farm);
        ListDiary.Map(farm);
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
