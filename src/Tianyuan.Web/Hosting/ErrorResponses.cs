namespace Tianyuan.Web.Hosting;

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tianyuan.Kernel.Http;
using Tianyuan.Web.Resources;

/// <summary>
/// Every error an API client sees is RFC 7807 with a stable type: malformed JSON, and a query or form value that does not
/// bind, name the field in the request's language, so a page can show the message next to it; a too-large body is a 413,
/// a wrong content type a 415, and a crash a 500 that leaks no internals.
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

    sealed partial class ApiExceptionHandler(IProblemDetailsService problems, IStringLocalizer<WebText> t, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception exception, CancellationToken ct)
        {
            // The localization middleware runs inside this one, and the culture it set did not flow back out with the exception.
            if (ctx.Features.Get<IRequestCultureFeature>() is { } culture)
                CultureInfo.CurrentUICulture = culture.RequestCulture.UICulture;
            var problem = exception switch
            {
                BadHttpRequestException { InnerException: JsonException json } => Malformed(json),
                BadHttpRequestException bad when UnboundField(bad.Message) is { } unbound =>
                    Invalid([unbound.Field], unbound.Required ? t["ErrorFieldRequired"] : t["ErrorFieldFormat"], Problems.ForStatus(400), "Bad request"),
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
        ValidationProblemDetails Malformed(JsonException json)
        {
            var missing = MissingProperties().Match(json.Message);
            if (missing.Success)
                return Unreadable(QuotedName().Matches(missing.Groups[1].Value).Select(name => name.Groups[1].Value), t["ErrorFieldRequired"]);
            return string.IsNullOrEmpty(json.Path) || json.Path == "$"
                ? Unreadable(["body"], t["ErrorBodyNotJson"])
                : Unreadable([json.Path.TrimStart('$', '.')], t["ErrorFieldFormat"]);
        }

        static ValidationProblemDetails Unreadable(IEnumerable<string> fields, string message) =>
            Invalid(fields, message, Problems.MalformedBody, "The request body could not be read.");

        static ValidationProblemDetails Invalid(IEnumerable<string> fields, string message, string type, string title) =>
            new(fields.Distinct().ToDictionary(f => f, _ => new[] { message })) { Status = 400, Type = type, Title = title };

        /// <summary>
        /// The field a query, route or form value failed to bind to, from the framework's message ("Failed to bind parameter
        /// \"DateTime at\" from \"abc\"", "The value 'abc' is not valid for 'At'", "Required parameter \"string q\" was not provided"),
        /// named as the JSON API names it (camelCase).
        /// </summary>
        static (string Field, bool Required)? UnboundField(string message)
        {
            if (ParameterNotBound().Match(message) is { Success: true } parameter)
                return (CamelCase(parameter.Groups[2].Value), false);
            if (FormValueNotValid().Match(message) is { Success: true } form)
                return (CamelCase(form.Groups[1].Value), false);
            if (ParameterMissing().Match(message) is { Success: true } missing)
                return (CamelCase(missing.Groups[1].Value), true);
            return null;
        }

        /// <summary>"Grades[0].Lot" → "grades[0].lot".</summary>
        static string CamelCase(string path) =>
            string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

        [GeneratedRegex("^Failed to bind parameter \"(.+) ([^ \"]+)\" from")]
        private static partial Regex ParameterNotBound();

        [GeneratedRegex("^The value '.*' is not valid for '([^']+)'")]
        private static partial Regex FormValueNotValid();

        [GeneratedRegex("^Required parameter \"(?:.+ )?([^ \"]+)\" was not provided")]
        private static partial Regex ParameterMissing();

        [GeneratedRegex("missing required properties including: (.*)\\.?$")]
        private static partial Regex MissingProperties();

        [GeneratedRegex("'([^']+)'")]
        private static partial Regex QuotedName();
    }
}
