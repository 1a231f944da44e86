namespace Tianyuan.Web.Hosting;

using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Tianyuan.Kernel.Http;

/// <summary>
/// Every error an API client sees is RFC 7807 with a stable type: malformed JSON names the field it broke at,
/// a too-large body is a 413, a wrong content type a 415, and a crash a 500 that leaks no internals.
/// Browser pages get the HTML error and not-found pages instead.
/// </summary>
static partial class ErrorResponses
{
    public static IServiceCollection AddErrorResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Type ??= Problems.ForStatus(ctx.ProblemDetails.Status ?? 500);
            if (ctx.ProblemDetails.Type == "about:blank" || ctx.ProblemDetails.Type.StartsWith("https://tools.ietf.org", StringComparison.Ordinal))
                ctx.ProblemDetails.Type = Problems.ForStatus(ctx.ProblemDetails.Status ?? 500);
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Binding failures become exceptions we can turn into a ProblemDetails naming the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        // A fresh services scope: the failed page may have left its scoped services (DbContext, navigation) unusable.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(ctx => !IsApi(ctx), ui => ui.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        return app;
    }

    internal static bool IsApi(HttpContext ctx) =>
        ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/health") || ctx.Request.Path.StartsWithSegments("/metrics")
        || ctx.Request.Path.StartsWithSegments("/epcis");

    sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception exception, CancellationToken ct)
        {
            var problem = exception switch
            {
                BadHttpRequestException { InnerException: JsonException json } => Malformed(json),
                BadHttpRequestException { StatusCode: 413 } => new ProblemDetails
                {
                    Status = 413, Type = Problems.BodyTooLarge, Title = "Request body too large",
                    Detail = $"The body is larger than this endpoint accepts ({ctx.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize} bytes).",
                },
                BadHttpRequestException { StatusCode: 415 } bad => new ProblemDetails
                {
                    Status = 415, Type = Problems.UnsupportedMediaType, Title = "Unsupported media type", Detail = bad.Message,
                },
                BadHttpRequestException bad => new ValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = [bad.Message] })
                {
                    Status = bad.StatusCode, Type = Problems.ForStatus(bad.StatusCode), Title = "Bad request",
                },
                _ when IsApi(ctx) => new ProblemDetails
                {
                    Status = 500, Type = Problems.ForStatus(500), Title = "Something went wrong on our side",
                    Detail = "The error was logged with the trace id below; nothing was changed by this request.",
                },
                _ => null,
            };
            if (problem is null)
                return false;
            if (problem.Status == 500)
                logger.LogError(exception, "Unhandled error on {Path}", ctx.Request.Path);
            ctx.Response.StatusCode = problem.Status!.Value;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = ctx, ProblemDetails = problem, Exception = exception });
        }

        /// <summary>
        /// Malformed or incomplete JSON: name the field (from the JSON path, or the missing required properties)
        /// so a form can show the message in the right place.
        /// </summary>
        static ValidationProblemDetails Malformed(JsonException json)
        {
            var errors = new Dictionary<string, string[]>();
            var missing = MissingProperties().Match(json.Message);
            if (missing.Success)
            {
                foreach (Match name in QuotedName().Matches(missing.Groups[1].Value))
                    errors[name.Groups[1].Value] = ["This field is required."];
            }
            else
            {
                var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
                errors[field] = [json.Path is null or "$" ? "The body is not valid JSON." : "This value has the wrong type or format."];
            }

            return new ValidationProblemDetails(errors)
            {
                Status = 400, Type = Problems.MalformedBody, Title = "The request body could not be read.",
            };
        }

        [GeneratedRegex("missing required properties including: (.*)\\.?$")]
        private static partial Regex MissingProperties();

        [GeneratedRegex("'([^']+)'")]
        private static partial Regex QuotedName();
    }
}
