namespace Tianyuan.Trace.Epcis;

using Tianyuan.Trace.Gs1;

/// <summary>
/// Identifiers in events (EPCs, classes, parent IDs, locations) as stored and matched: GS1 keys, whether written as
/// EPC URNs or as Digital Links on any host, become one canonical Digital Link, so a query in either form finds an
/// event captured in the other. Other URIs (private schemes, urn:uuid, EPC schemes we do not read) stay as written.
/// </summary>
static class Identifiers
{
    /// <summary>The EPC URN schemes the Gs1 code reads; a URN of one of these must parse, or the event is refused.</summary>
    static readonly string[] CheckedUrnPrefixes =
    [
        "urn:epc:id:sgtin:", "urn:epc:id:sscc:", "urn:epc:id:sgln:", "urn:epc:id:pgln:", "urn:epc:id:gdti:",
        "urn:epc:id:grai:", "urn:epc:id:giai:", "urn:epc:class:lgtin:",
    ];

    public static string Canonical(string value)
    {
        var text = value.Trim();
        var key = Read(text);
        return key is { Ok: true } ? DigitalLink.Format(key.Value.Value) : text;
    }

    /// <summary>Why a GS1 identifier is wrong (bad check digit, broken URN), or null when it is fine or not a GS1 one.</summary>
    public static string? Problem(string value) => Read(value.Trim()) is { Ok: false } key ? key.Error : null;

    /// <summary>The GS1 key of a URN we read or of a URI whose path names a GS1 key; null for any other URI.</summary>
    static Parsed<Gs1Key>? Read(string text)
    {
        if (CheckedUrnPrefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal)))
            return EpcUrn.Parse(text);
        if (LooksLikeDigitalLink(text))
            return DigitalLink.Parse(text);
        return null;
    }

    /// <summary>An http(s) URI with a GS1 primary key AI as a path segment followed by a value.</summary>
    static bool LooksLikeDigitalLink(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return false;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.SkipLast(1).Any(ApplicationIdentifiers.Keys.ContainsKey);
    }
}
