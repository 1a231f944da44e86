namespace Tianyuan.Trace.Features.Discovery;

using Tianyuan.Trace.Epcis;

/// <summary>
/// OPTIONS on /epcis and its resources: the EPCIS and CBV versions served, the capture limits and the methods
/// allowed, as the REST binding's discovery headers. Every /epcis answer also carries the two version headers.
/// </summary>
static class EpcisOptions
{
    static readonly (string Path, string Allow)[] Resources =
    [
        ("/", "OPTIONS"), ("/capture", "OPTIONS, POST"), ("/capture/{captureId}", "OPTIONS, GET"), ("/events", "OPTIONS, GET, POST"),
        ("/events/{**eventId}", "OPTIONS, GET"), ("/eventTypes", "OPTIONS, GET"), ("/epcs/{epc}/events", "OPTIONS, GET"),
        ("/bizSteps", "OPTIONS, GET"), ("/dispositions", "OPTIONS, GET"), ("/bizLocations", "OPTIONS, GET"), ("/readPoints", "OPTIONS, GET"),
    ];

    public static void Map(RouteGroupBuilder epcis)
    {
        epcis.AddEndpointFilter(async (ctx, next) =>
        {
            ctx.HttpContext.Response.Headers["GS1-EPCIS-Version"] = EpcisSettings.EpcisVersion;
            ctx.HttpContext.Response.Headers["GS1-CBV-Version"] = EpcisSettings.CbvVersion;
            return await next(ctx);
        });
        foreach (var (path, allow) in Resources)
        {
            epcis.MapMethods(path, [HttpMethods.Options], (HttpResponse response, EpcisSettings settings) =>
                {
                    response.Headers.Allow = allow;
                    response.Headers["GS1-EPCIS-Capture-Limit"] = settings.CaptureLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    response.Headers["GS1-EPCIS-Capture-File-Size-Limit"] = settings.CaptureBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    response.Headers["GS1-Capture-Error-Behaviour"] = "rollback, proceed";
                    return Results.NoContent();
                })
                .AllowAnonymous()
                .ExcludeFromDescription();
        }
    }
}
