namespace Tianyuan.Trace.Gs1;

/// <summary>
/// GS1 Digital Link URIs (Digital Link: URI Syntax 1.2): <c>https://host[/prefix]/01/{gtin14}/10/{lot}/21/{serial}</c>,
/// <c>/414/{gln}/254/{ext}</c>, <c>/00/{sscc}</c>. These are what the QR code on a box carries and what a phone opens,
/// so reading them must accept any host and say plainly what is wrong with a mistyped one.
/// </summary>
static class DigitalLink
{
    /// <summary>The host the standard names for canonical URIs; also what the EPCIS event hash normalises to.</summary>
    public const string CanonicalBase = "https://id.gs1.org";

    /// <summary>Writes a Digital Link URI; values are percent-encoded and a GTIN is written in its 14-digit form.</summary>
    public static string Format(Gs1Key key, string baseUri = CanonicalBase)
    {
        var path = $"/{key.Ai}/{CharacterSet82.ForDigitalLink(key.Value)}"
            + string.Concat(key.Qualifiers.Select(q => $"/{q.Ai}/{CharacterSet82.ForDigitalLink(q.Value)}"));
        return baseUri.TrimEnd('/') + path;
    }

    /// <summary>Reads a Digital Link URI of any host and path prefix; the query string and fragment are ignored.</summary>
    public static Parsed<Gs1Key> Parse(string? uri)
    {
        if (uri is null || !(uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            return Parsed<Gs1Key>.Fail("a Digital Link starts with https:// or http://");
        }

        var afterScheme = uri[(uri.IndexOf("//", StringComparison.Ordinal) + 2)..];
        var end = afterScheme.IndexOfAny(['?', '#']);
        var path = end < 0 ? afterScheme : afterScheme[..end];
        var segments = path.Split('/');

        // segments[0] is the host; a path prefix may stand before the first key AI (Digital Link 1.2 §4.3).
        var keyAt = Array.FindIndex(segments, 1, s => ApplicationIdentifiers.Keys.ContainsKey(s));
        if (keyAt < 0 || keyAt + 1 >= segments.Length)
        {
            return Parsed<Gs1Key>.Fail("no GS1 key found in the path (expected e.g. /01/{GTIN}, /414/{GLN} or /00/{SSCC})");
        }

        var pairs = segments[keyAt..].Where(s => s.Length > 0).ToArray();
        if (pairs.Length % 2 != 0)
        {
            return Parsed<Gs1Key>.Fail($"AI {pairs[^1]} has no value after it");
        }

        var values = new List<Gs1Element>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            var value = CharacterSet82.Unescape(pairs[i + 1]);
            if (value is null)
            {
                return Parsed<Gs1Key>.Fail($"the value of AI {pairs[i]} has a broken %-escape");
            }

            values.Add(new Gs1Element(pairs[i], value));
        }

        return Gs1Keys.Validate(values[0].Ai, values[0].Value, values.Skip(1).ToList());
    }
}
