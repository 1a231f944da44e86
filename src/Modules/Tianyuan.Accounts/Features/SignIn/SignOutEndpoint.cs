namespace Tianyuan.Accounts.Features.SignIn;

using Microsoft.AspNetCore.Antiforgery;
using Tianyuan.Kernel.Http;

/// <summary>POST /account/logout from the menu's form (antiforgery-checked, so no other site can sign people out).</summary>
static class SignOutEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/logout", async (HttpContext ctx, SignInManager<TianyuanUser> signIn, IAntiforgery antiforgery) =>
            {
                // No form field is bound, so the framework would not check the token by itself.
                if (!await antiforgery.IsRequestValidAsync(ctx))
                    return Results.Problem("The sign-out form's token is missing or wrong.", statusCode: 400, type: Problems.Type("antiforgery"));
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/");
            })
            .ExcludeFromDescription();
}
