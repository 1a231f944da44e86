namespace Tianyuan.Web.Hosting;

using Prometheus;
using Serilog;
using Serilog.Formatting.Compact;
using Tianyuan.Kernel.Access;

/// <summary>Structured logs (Serilog; JSON lines with Logging:Json=true) and Prometheus metrics at /metrics.</summary>
static class Observability
{
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var json = builder.Configuration.GetValue<bool>("Logging:Json");
        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
            if (json)
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
            else
                log.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        });
        return builder;
    }

    public static WebApplication UseObservability(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        app.UseHttpMetrics();
        return app;
    }

    /// <summary>Scraped with an API key holding metrics:read (Prometheus: authorization type ApiKey).</summary>
    public static WebApplication MapObservability(this WebApplication app)
    {
        app.MapMetrics("/metrics").RequireAuthorization(Policies.Metrics);
        return app;
    }
}
