namespace Tianyuan.Web.Hosting;

using System.Threading.RateLimiting;
using Tianyuan.Kernel.Http;

/// <summary>
/// Password guessing is slowed per client address (Limits:LoginPerMinute, default 10) on both the API login and
/// the sign-in form; Identity's lockout then protects each account. Behind nginx, enable forwarded headers
/// (docs/scale-out.md) so the limit applies to the visitor, not the proxy.
/// </summary>
static class LoginRateLimit
{
    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue<int?>("Limits:LoginPerMinute") ?? 10;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                IsLoginAttempt(ctx.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("other"));
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                if (ctx.HttpContext.Request.Path.StartsWithSegments("/account/login"))
                {
                    // A person at the sign-in form gets the form back with the reason, not a JSON document.
                    ctx.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
                    ctx.HttpContext.Response.Headers.Location = "/account/login?throttled=true";
                    return;
                }

                await ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails = { Status = 429, Type = Problems.ForStatus(429), Title = "Too many sign-in attempts", Detail = "Wait a minute and try again." },
                });
            };
        });
        return services;
    }

    /// <summary>
    /// Every POST that takes credentials or creates accounts: the sign-in form and the Identity endpoints under
    /// /api/auth (login, register, refresh, password reset), matched by segment so /login/ and /LOGIN count too.
    /// </summary>
    static bool IsLoginAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments("/account/login", StringComparison.OrdinalIgnoreCase)
            || (request.Path.StartsWithSegments("/api/auth", StringComparison.OrdinalIgnoreCase)
                && !request.Path.StartsWithSegments("/api/auth/api-keys", StringComparison.OrdinalIgnoreCase)));
}
