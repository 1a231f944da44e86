namespace Tianyuan.Web.Hosting;

using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Tianyuan.Kernel.Http;

/// <summary>
/// Body size limits: JSON APIs take at most Limits:ApiBodyBytes (1 MiB), everything else (uploads)
/// Limits:MaxBodyBytes (10 MiB). An upload endpoint under /api declares its own limit with
/// <see cref="IRequestSizeLimitMetadata"/> (photos, calendar files). A declared oversize body is refused before it is read.
/// /epcis sets its own capture limit (Trace:Epcis:CaptureBytes) and answers with the EPCIS CaptureLimitExceededException,
/// so it is left out here.
/// </summary>
static class RequestLimits
{
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        var max = builder.Configuration.GetValue<long?>("Limits:MaxBodyBytes") ?? 10 * 1024 * 1024;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = max;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });
        return builder;
    }

    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        var jsonLimit = app.Configuration.GetValue<long?>("Limits:ApiBodyBytes") ?? 1024 * 1024;
        app.Use(async (ctx, next) =>
        {
            if (ctx.Request.Path.StartsWithSegments("/api"))
            {
                var apiLimit = ctx.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? jsonLimit;
                if (ctx.Request.ContentLength > apiLimit)
                {
                    ctx.Response.StatusCode = 413;
                    await ctx.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = ctx,
                        ProblemDetails = new ProblemDetails
                        {
                            Status = 413, Type = Problems.BodyTooLarge, Title = "Request body too large",
                            Detail = $"This endpoint accepts at most {apiLimit} bytes; the request declared {ctx.Request.ContentLength}.",
                        },
                    });
                    return;
                }

                if (ctx.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                    size.MaxRequestBodySize = apiLimit;
            }

            await next(ctx);
        });
        return app;
    }
}
