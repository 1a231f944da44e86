namespace Tianyuan.Accounts.Features.SignIn;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Tianyuan.Accounts.Domain;

/// <summary>POST /account/logout from the menu's form (antiforgery-checked, so no other site can sign people out).</summary>
static class SignOutEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/logout", async (SignInManager<TianyuanUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("/");
            })
            .ExcludeFromDescription();
}
