namespace Tianyuan.Trace.Epcis;

using System.Globalization;
using System.Text.RegularExpressions;
using Tianyuan.Trace.Gs1;

/// <summary>
/// How one value is written into the pre-hash string (CBV 2.0 §8.9 rules 5–18): trimmed; timestamps in UTC with
/// milliseconds; numbers without trailing zeros; CBV words and URNs as their https://ref.gs1.org/cbv/ Web URIs;
/// CURIEs expanded; EPC URNs and Digital Links of any host as constrained canonical Digital Links on id.gs1.org.
/// The point of all of it: the same event written by two systems hashes the same.
/// </summary>
static partial class HashValues
{
    static readonly string[] ItemQualifiersFinestFirst = ["21", "10", "235"];

    static readonly (string Urn, string Web)[] CbvUrns =
    [
        ("urn:epcglobal:cbv:bizstep:", "BizStep-"), ("urn:epcglobal:cbv:disp:", "Disp-"), ("urn:epcglobal:cbv:btt:", "BTT-"),
        ("urn:epcglobal:cbv:sdt:", "SDT-"), ("urn:epcglobal:cbv:er:", "ER-"),
    ];

    /// <summary>
    /// eventTime and the other timestamps: UTC, 'Z', exactly three fraction digits. Extra digits are cut, not
    /// rounded, as the CBV 2.0 reference implementation does (rounding arrived with CBV 2.1's version of the rule).
    /// </summary>
    public static string Time(string value)
    {
        var text = value.Trim();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : text;
    }

    /// <summary>A CBV term given bare in JSON ("shipping") or as a CBV 1.x URN, as its Web URI with the vocabulary's prefix ("BizStep-").</summary>
    public static string Vocabulary(string value, string webPrefix, IReadOnlyDictionary<string, string> prefixes)
    {
        var text = value.Trim();
        return text.Contains(':', StringComparison.Ordinal) ? General(text, prefixes) : $"https://ref.gs1.org/cbv/{webPrefix}{text}";
    }

    /// <summary>Every other value: CBV URN, number, CURIE and EPC rules in turn.</summary>
    public static string General(string value, IReadOnlyDictionary<string, string> prefixes)
    {
        var text = value.Trim();
        foreach (var (urn, web) in CbvUrns)
        {
            if (text.StartsWith(urn, StringComparison.Ordinal))
            {
                return "https://ref.gs1.org/cbv/" + web + text[urn.Length..];
            }
        }

        if (Number().IsMatch(text))
        {
            return Numeric(text);
        }

        if (text.StartsWith("urn:epc:id:", StringComparison.Ordinal) || text.StartsWith("urn:epc:class:", StringComparison.Ordinal))
        {
            var key = EpcUrn.Parse(text);
            return key.Ok ? DigitalLink.Format(MostSpecific(key.Value)) : text;
        }

        if (text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal))
        {
            var key = DigitalLink.Parse(text);
            return key.Ok ? DigitalLink.Format(MostSpecific(key.Value)) : text;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && prefixes.TryGetValue(text[..colon], out var ns) ? ns + text[(colon + 1)..] : text;
    }

    /// <summary>Numbers as the shortest decimal: "1.0" → "1", "0.34340" → "0.3434", "+5" → "5".</summary>
    public static string Numeric(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)
            : text;

    /// <summary>
    /// Rule 18 (III): only the finest level of identification stays (a serial outranks a lot; a consumer product
    /// variant and UIC extension are dropped), so a Digital Link with extra qualifiers names the same object.
    /// </summary>
    static Gs1Key MostSpecific(Gs1Key key)
    {
        var keep = key.Ai switch
        {
            "01" or "8006" => ItemQualifiersFinestFirst.FirstOrDefault(ai => key.Qualifier(ai) is not null),
            "414" => key.Qualifier("254") is null ? null : "254",
            "8010" => key.Qualifier("8011") is null ? null : "8011",
            _ => null,
        };
        return new Gs1Key(key.Ai, key.Value, keep is null ? [] : [new Gs1Element(keep, key.Qualifier(keep)!)]);
    }

    [GeneratedRegex(@"^[+-]?(\d+\.?\d*|\.\d+)$")]
    private static partial Regex Number();
}
