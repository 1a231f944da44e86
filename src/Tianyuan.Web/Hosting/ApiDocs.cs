namespace Tianyuan.Web.Hosting;

using Scalar.AspNetCore;

/// <summary>The OpenAPI document at /openapi/v1.json and the Scalar reference at /api/docs (served locally).</summary>
static class ApiDocs
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Tianyuan 田园 API";
            doc.Info.Description = "Regions, accounts and the modules of a county's rural tourism and agri-commerce platform. " +
                                   "Errors are RFC 7807 ProblemDetails with a stable `type` (urn:tianyuan:problem:...).";
            return Task.CompletedTask;
        }));

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Tianyuan API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }
}
