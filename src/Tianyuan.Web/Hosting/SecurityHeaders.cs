namespace Tianyuan.Web.Hosting;

/// <summary>
/// Headers every response carries. The CSP allows only our own scripts and styles (no CDN is ever used);
/// the API reference page needs inline script for its configuration and gets a looser policy.
/// </summary>
static class SecurityHeaders
{
    const string Strict = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
                          "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    const string ApiDocs = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
                           "connect-src 'self'; frame-ancestors 'none'; object-src 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.Use((ctx, next) =>
        {
            var headers = ctx.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "geolocation=(self), camera=(self), microphone=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = ctx.Request.Path.StartsWithSegments("/api/docs") ? ApiDocs : Strict;
            return next(ctx);
        });
        return app;
    }
}
