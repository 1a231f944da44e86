namespace Tianyuan.Trace.Features.Resolver;

using Microsoft.AspNetCore.Http.Features;
using Tianyuan.Trace.Gs1;

/// <summary>
/// The trade item a resolver request names (/01/{gtin}[/10/{lot}][/21/{serial}]), read from the raw request path so
/// percent-escapes in lots and serials reach the GS1 rules exactly as the QR code carried them.
/// </summary>
sealed record ItemLink(Gs1Key Key, string Uri)
{
    public string Gtin => Key.Value;

    public string? Lot => Key.Qualifier("10");

    public string? Serial => Key.Qualifier("21");

    /// <summary>The item's own identifier as events name it: an SGTIN carries no lot, so /10/ is dropped when a serial is there.</summary>
    public string? ItemEpc => Serial is { } s ? DigitalLink.Format(new Gs1Key("01", Gtin, new Gs1Element("21", s))) : null;

    /// <summary>The class events count it in: the lot (LGTIN), or the bare GTIN when no lot is known.</summary>
    public string ClassEpc => DigitalLink.Format(Lot is { } l ? new Gs1Key("01", Gtin, new Gs1Element("10", l)) : new Gs1Key("01", Gtin));

    /// <summary>Canonical identifiers whose events tell this item's story: the item (with and without its lot) and its class.</summary>
    public string[] Epcs => new[] { ItemEpc, DigitalLink.Format(Key), ClassEpc }.OfType<string>().Distinct().ToArray();

    public static Parsed<ItemLink> Read(HttpRequest request)
    {
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.ToUriComponent();
        var path = target.Split('?', 2)[0];
        var host = $"{request.Scheme}://{request.Host}";
        return DigitalLink.Parse(host + path).Bind(key => key.Ai == "01"
            ? Parsed<ItemLink>.Success(new ItemLink(key, DigitalLink.Format(key, host + request.PathBase)))
            : Parsed<ItemLink>.Fail("this resolver answers for trade items (/01/{GTIN}) only"));
    }
}
