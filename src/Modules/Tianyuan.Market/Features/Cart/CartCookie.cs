namespace Tianyuan.Market.Features.Cart;

using System.Globalization;

/// <summary>
/// The shopping cart lives in a cookie, not a table: people browse and fill it before signing in, it costs the
/// server nothing, and nothing in it is a promise — prices and stock are checked again when the order is placed.
/// Format: <c>offerId:quantity</c> lines joined by <c>|</c>, the quantity in the offer's own unit (converted when added),
/// so the cookie stays ASCII.
/// </summary>
static class CartCookie
{
    public sealed record Line(Guid OfferId, decimal Quantity);

    public const string Name = "ty_cart";
    public const int MaxLines = 30;

    public static IReadOnlyList<Line> Read(HttpContext? http)
    {
        var raw = http?.Request.Cookies[Name];
        if (string.IsNullOrEmpty(raw))
            return [];
        var lines = new List<Line>();
        foreach (var part in raw.Split('|', StringSplitOptions.RemoveEmptyEntries).Take(MaxLines))
        {
            var fields = part.Split(':');
            if (fields.Length == 2 && Guid.TryParse(fields[0], out var offer)
                && decimal.TryParse(fields[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var quantity) && quantity > 0
                && lines.All(l => l.OfferId != offer))
                lines.Add(new Line(offer, quantity));
        }

        return lines;
    }

    public static void Write(HttpContext http, IEnumerable<Line> lines)
    {
        var value = string.Join('|', lines.Take(MaxLines).Select(l =>
            $"{l.OfferId:N}:{l.Quantity.ToString(CultureInfo.InvariantCulture)}"));
        if (value.Length == 0)
        {
            http.Response.Cookies.Delete(Name);
            return;
        }

        http.Response.Cookies.Append(Name, value, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(30), IsEssential = true,
        });
    }

    /// <summary>The cart with this line added (or its quantity replaced, when the offer is already in it).</summary>
    public static IReadOnlyList<Line> With(IReadOnlyList<Line> cart, Line line) =>
        [.. cart.Where(l => l.OfferId != line.OfferId), line];
}
