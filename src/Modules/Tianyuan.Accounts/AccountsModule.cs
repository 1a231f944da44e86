namespace Tianyuan.Accounts;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Accounts.Demo;
using Tianyuan.Accounts.Features.ApiKeys;
using Tianyuan.Accounts.Features.SignIn;
using Tianyuan.Kernel.Demo;
using Tianyuan.Kernel.Outbox;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Regions.Contracts;

/// <summary>
/// Who is calling: people by Identity cookie (pages) or bearer token (apps, /api/auth/login), machines by API
/// key. Also the authorization policies every module uses, and the shared Data Protection key ring.
/// </summary>
public static class AccountsModule
{
    /// <summary>Picks the real scheme per request: API key, bearer token, or the sign-in cookie.</summary>
    const string SelectScheme = "Tianyuan";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<AccountsDb, AccountsDbSqlite, AccountsDbPostgres>(configuration);
        services.AddIdentityApiEndpoints<TianyuanUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AccountsDb>()
            .AddClaimsPrincipalFactory<ScopedClaimsFactory>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectScheme;
                o.DefaultChallengeScheme = SelectScheme;
                o.DefaultForbidScheme = SelectScheme;
            })
            .AddPolicyScheme(SelectScheme, null, o => o.ForwardDefaultSelector = ctx =>
                ApiKeyAuthentication.IsPresent(ctx.Request) ? ApiKeyAuthentication.SchemeName
                : ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? IdentityConstants.BearerScheme
                : IsApi(ctx.Request) && !ctx.Request.Cookies.ContainsKey(CookieName) ? IdentityConstants.BearerScheme
                : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            // An API call with a stale cookie gets a status code, not an HTML login page.
            o.Events.OnRedirectToLogin = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.BackOffice, p => p.RequireRole(Roles.Operator, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Metrics, p => p.RequireAssertion(ctx =>
                ctx.User.IsInRole(Roles.Admin) || ctx.User.HasClaim(ApiScopes.ClaimType, ApiScopes.MetricsRead)))
            .AddPolicy(Policies.EpcisCapture, p => p.RequireAssertion(ctx =>
                ctx.User.IsInRole(Roles.Farmer) || ctx.User.IsInRole(Roles.CooperativeAdmin) || ctx.User.IsInRole(Roles.Operator)
                || ctx.User.IsInRole(Roles.Admin) || ctx.User.HasClaim(ApiScopes.ClaimType, ApiScopes.EpcisCapture)));

        // Claims are re-read (and revoked sessions end) within a minute instead of Identity's default 30.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Configure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(IdentityConstants.BearerScheme,
            o => o.BearerTokenExpiration = TimeSpan.FromMinutes(30));
        services.AddIntegrationEventHandler<RoleAssignmentChanged, EndSessionsOnRoleRevoked>();
        services.AddSecurityStampCheck();

        services.AddDataProtection().SetApplicationName("Tianyuan").PersistKeysToDbContext<AccountsDb>();
        services.AddScoped<IDemoContributor, AccountsDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Auth");
        auth.MapIdentityApi<TianyuanUser>();
        CreateApiKey.Map(auth);
        ListApiKeys.Map(auth);
        RevokeApiKey.Map(auth);
        CookieApiAntiforgery.Map(auth);
        SignOutEndpoint.Map(endpoints);
        return endpoints;
    }

    /// <summary>The create-admin command (installs outside demo mode); see <see cref="CreateFirstAdmin"/>.</summary>
    public static Task<(bool Ok, string Message)> CreateFirstAdminAsync(IServiceProvider services, string email, string password,
        string name, Regions.Contracts.TopRegion? topRegion, CancellationToken ct) =>
        CreateFirstAdmin.RunAsync(services, email, password, name, topRegion, ct);

    internal const string CookieName = "ty.auth";

    /// <summary>Cookie-authenticated API writes must carry the antiforgery token (see <see cref="CookieApiAntiforgery"/>).</summary>
    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app) => app.UseCookieApiAntiforgery();

    /// <summary>Machine-facing paths: a missing or stale sign-in gets a status code there, never the login page.</summary>
    internal static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/metrics") || request.Path.StartsWithSegments("/epcis");

    static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (IsApi(ctx.Request))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
