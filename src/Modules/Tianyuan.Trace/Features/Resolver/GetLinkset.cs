namespace Tianyuan.Trace.Features.Resolver;

using System.Text.Json.Nodes;

/// <summary>
/// GS1 Digital Link resolver, machine side: GET /01/{gtin}[/10/{lot}][/21/{serial}] with Accept
/// application/linkset+json answers an RFC 9264 linkset: the consumer page as default link and product information
/// page, and the EPCIS queries that return the item's and its lot's events. A mistyped key (wrong check digit,
/// bad character) is 400 with the GS1 rule it breaks.
/// </summary>
static class GetLinkset
{
    public static readonly string[] Routes = ["/01/{gtin}", "/01/{gtin}/10/{lot}", "/01/{gtin}/10/{lot}/21/{serial}", "/01/{gtin}/21/{serial}"];

    public static readonly string InvalidType = Problems.Type("invalid-digital-link");

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        foreach (var route in Routes)
        {
            endpoints.MapGet(route, Answer)
                .WithMetadata(new LinksetEndpoint())
                .AllowAnonymous()
                .WithTags("GS1 Digital Link")
                .WithSummary("The linkset of a trade item (Accept: application/linkset+json).")
                .ProducesProblem(StatusCodes.Status400BadRequest);
        }
    }

    static IResult Answer(HttpRequest request)
    {
        var item = ItemLink.Read(request);
        if (!item.Ok)
            return Invalid(item.Error!);
        var host = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var page = new JsonObject { ["href"] = item.Value.Uri, ["type"] = "text/html", ["hreflang"] = new JsonArray("zh-CN", "en"), ["title"] = "溯源信息 / Traceability" };
        var traceability = new JsonArray();
        if (item.Value.ItemEpc is { } epc)
            traceability.Add(Query(host, "MATCH_anyEPC", epc));
        traceability.Add(Query(host, "MATCH_epcClass", item.Value.ClassEpc));
        var links = new JsonObject
        {
            ["anchor"] = item.Value.Uri,
            ["https://gs1.org/voc/defaultLink"] = new JsonArray(page.DeepClone()),
            ["https://gs1.org/voc/pip"] = new JsonArray(page),
            ["https://gs1.org/voc/traceability"] = traceability,
        };
        return Results.Text(new JsonObject { ["linkset"] = new JsonArray(links) }.ToJsonString(), Negotiation.LinksetType);
    }

    public static IResult Invalid(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Not a valid GS1 Digital Link", type: InvalidType);

    static JsonObject Query(string host, string parameter, string epc) => new()
    {
        ["href"] = $"{host}/epcis/events?{parameter}={Uri.EscapeDataString(epc)}",
        ["type"] = "application/ld+json",
        ["title"] = "EPCIS events",
    };
}
