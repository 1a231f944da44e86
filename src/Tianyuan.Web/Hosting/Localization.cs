namespace Tianyuan.Web.Hosting;

using System.Globalization;
using Microsoft.AspNetCore.Localization;

/// <summary>
/// zh-CN by default, English second. The choice comes from ?culture=en, then the culture cookie (set by the
/// language switch, so it persists). API clients can send ?culture=en for English messages.
/// </summary>
static class Localization
{
    public static readonly CultureInfo[] Supported = [new("zh-CN"), new("en")];

    public static IServiceCollection AddTianyuanLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Supported;
            o.SupportedUICultures = Supported;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // Chinese unless the person chose English: a browser set to English (common on shared county PCs)
            // should not switch the language by itself.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>GET /culture?c=en&amp;r=/back/to: remembers the language for a year and goes back.</summary>
    public static WebApplication MapLanguageSwitch(this WebApplication app)
    {
        app.MapGet("/culture", (HttpContext ctx, string? c, string? r) =>
        {
            var culture = Supported.FirstOrDefault(s => s.Name.Equals(c, StringComparison.OrdinalIgnoreCase)) ?? Supported[0];
            ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var back = r is { Length: > 0 } && r[0] == '/' && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal) ? r : "/";
            return Results.LocalRedirect(back);
        }).ExcludeFromDescription();
        return app;
    }
}
