namespace Tianyuan.Accounts.Features.SignIn;

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Accounts.Features.ApiKeys;
using Tianyuan.Kernel.Http;

/// <summary>
/// A browser signed in by cookie sends that cookie with any request, even one another site triggers. So a
/// state-changing /api or /epcis call that is authenticated by the cookie alone must also carry the antiforgery token
/// (header <c>RequestVerificationToken</c>, from GET /api/auth/antiforgery). Bearer tokens and API keys are
/// not sent by browsers on their own and need no token.
/// </summary>
static class CookieApiAntiforgery
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapGet("/antiforgery", (HttpContext ctx, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(ctx);
                return TypedResults.Ok(new { token = tokens.RequestToken, headerName = tokens.HeaderName });
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName("GetAntiforgeryToken")
            .WithSummary("The token a cookie-signed-in browser app sends with POST, PUT and DELETE calls.");

    public static IApplicationBuilder UseCookieApiAntiforgery(this IApplicationBuilder app) =>
        app.Use(async (ctx, next) =>
        {
            if (NeedsToken(ctx.Request) && !await ctx.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(ctx))
            {
                ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
                await ctx.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx,
                    ProblemDetails =
                    {
                        Status = 400, Type = Problems.Type("antiforgery"), Title = "Missing or invalid antiforgery token",
                        Detail = "Requests signed in by cookie must send the token from GET /api/auth/antiforgery in the RequestVerificationToken header.",
                    },
                });
                return;
            }

            await next(ctx);
        });

    static bool NeedsToken(HttpRequest request) =>
        AccountsModule.IsApi(request)
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        && request.Cookies.ContainsKey(AccountsModule.CookieName)
        && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && !ApiKeyAuthentication.IsPresent(request)
        && !request.Path.StartsWithSegments("/api/auth/login", StringComparison.OrdinalIgnoreCase);
}
