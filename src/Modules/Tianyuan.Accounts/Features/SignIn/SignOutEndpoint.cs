namespace Tianyuan.Accounts.Features.SignIn;


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
