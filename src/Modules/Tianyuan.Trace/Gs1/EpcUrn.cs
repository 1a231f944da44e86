namespace Tianyuan.Trace.Gs1;

/// <summary>
/// EPC pure-identity URNs (GS1 EPC Tag Data Standard 2.x §6): <c>urn:epc:id:sgtin:CompanyPrefix.IndicatorItemRef.Serial</c>,
/// <c>urn:epc:class:lgtin:CompanyPrefix.IndicatorItemRef.Lot</c>, <c>urn:epc:id:sscc:CompanyPrefix.ExtSerialRef</c>,
/// <c>urn:epc:id:sgln:CompanyPrefix.LocationRef.Extension</c>, and pgln, gdti, grai, giai. EPCIS 1.x partners send
/// these; the URN records where the company prefix ends, which a Digital Link does not, so writing one needs
/// the prefix length as a parameter.
/// </summary>
static class EpcUrn
{
    /// <summary>Reads an EPC URN into its GS1 key; the check digit, which URNs omit, is computed.</summary>
    public static Parsed<Gs1Key> Parse(string? urn)
    {
        if (urn is null)
        {
            return Parsed<Gs1Key>.Fail("no EPC URN given");
        }

        var (scheme, body) = urn.StartsWith("urn:epc:id:", StringComparison.Ordinal) ? Split(urn["urn:epc:id:".Length..])
            : urn.StartsWith("urn:epc:class:lgtin:", StringComparison.Ordinal) ? ("lgtin", urn["urn:epc:class:lgtin:".Length..])
            : ("", "");
        var parts = body.Split('.');
        return scheme switch
        {
            "sgtin" or "lgtin" => Parts(parts, 3, 13, scheme).Bind(p =>
                Gs1Keys.Validate("01", CheckDigit.Append(p[1][..1] + p[0] + p[1][1..]), [new(scheme == "sgtin" ? "21" : "10", Unescape(p[2]))])),
            "sscc" => Parts(parts, 2, 17, scheme).Bind(p => Gs1Keys.Validate("00", CheckDigit.Append(p[1][..1] + p[0] + p[1][1..]), [])),
            "sgln" => Parts(parts, 3, 12, scheme).Bind(p =>
                Gs1Keys.Validate("414", CheckDigit.Append(p[0] + p[1]), p[2] == "0" ? [] : [new("254", Unescape(p[2]))])),
            "pgln" => Parts(parts, 2, 12, scheme).Bind(p => Gs1Keys.Validate("417", CheckDigit.Append(p[0] + p[1]), [])),
            "gdti" => Parts(parts, 3, 12, scheme).Bind(p => Gs1Keys.Validate("253", CheckDigit.Append(p[0] + p[1]) + Unescape(p[2]), [])),
            "grai" => Parts(parts, 3, 12, scheme).Bind(p => Gs1Keys.Validate("8003", CheckDigit.Append("0" + p[0] + p[1]) + Unescape(p[2]), [])),
            "giai" => parts.Length == 2 && CheckDigit.AllDigits(parts[0])
                ? Gs1Keys.Validate("8004", parts[0] + Unescape(parts[1]), [])
                : Parsed<Gs1Key>.Fail("a giai URN is CompanyPrefix.IndividualAssetReference"),
            "" => Parsed<Gs1Key>.Fail("an EPC URN starts with urn:epc:id: or urn:epc:class:lgtin:"),
            _ => Parsed<Gs1Key>.Fail($"EPC scheme '{scheme}' is not one this system reads"),
        };
    }

    /// <summary>
    /// Writes the EPC URN of a key. <paramref name="companyPrefixLength"/> (6 to 12) says how many digits after the
    /// indicator or extension digit are the GS1 Company Prefix; it cannot be read from the key itself.
    /// </summary>
    public static Parsed<string> Format(Gs1Key key, int companyPrefixLength)
    {
        var cpl = companyPrefixLength;
        if (cpl is < 6 or > 12)
        {
            return Parsed<string>.Fail($"a GS1 Company Prefix has 6 to 12 digits, not {cpl}");
        }

        var v = key.Value;
        string? Q(string ai) => key.Qualifier(ai) is { } q ? CharacterSet82.ForEpcUrn(q) : null;
        return key.Ai switch
        {
            "01" when Q("21") is { } serial => Ok($"urn:epc:id:sgtin:{v[1..(1 + cpl)]}.{v[0]}{v[(1 + cpl)..13]}.{serial}"),
            "01" when Q("10") is { } lot => Ok($"urn:epc:class:lgtin:{v[1..(1 + cpl)]}.{v[0]}{v[(1 + cpl)..13]}.{lot}"),
            "01" => Parsed<string>.Fail("a GTIN needs a serial (sgtin) or a lot (lgtin) to have an EPC URN"),
            "00" => Ok($"urn:epc:id:sscc:{v[1..(1 + cpl)]}.{v[0]}{v[(1 + cpl)..17]}"),
            "414" => Ok($"urn:epc:id:sgln:{v[..cpl]}.{v[cpl..12]}.{Q("254") ?? "0"}"),
            "417" => Ok($"urn:epc:id:pgln:{v[..cpl]}.{v[cpl..12]}"),
            "253" => Ok($"urn:epc:id:gdti:{v[..cpl]}.{v[cpl..12]}.{CharacterSet82.ForEpcUrn(v[13..])}"),
            "8003" => Ok($"urn:epc:id:grai:{v[1..(1 + cpl)]}.{v[(1 + cpl)..13]}.{CharacterSet82.ForEpcUrn(v[14..])}"),
            "8004" when v.Length > cpl && CheckDigit.AllDigits(v.AsSpan(0, cpl)) => Ok($"urn:epc:id:giai:{v[..cpl]}.{CharacterSet82.ForEpcUrn(v[cpl..])}"),
            _ => Parsed<string>.Fail($"no EPC URN is written here for AI {key.Ai}"),
        };
    }

    /// <summary>Digital Link to EPC URN in one step: the conversion partners on EPCIS 1.x need.</summary>
    public static Parsed<string> FromDigitalLink(string digitalLink, int companyPrefixLength) =>
        DigitalLink.Parse(digitalLink).Bind(key => Format(key, companyPrefixLength));

    /// <summary>EPC URN to canonical Digital Link (<see cref="DigitalLink.CanonicalBase"/>, or the host given).</summary>
    public static Parsed<string> ToDigitalLink(string urn, string baseUri = DigitalLink.CanonicalBase) =>
        Parse(urn).Bind(key => Parsed<string>.Success(DigitalLink.Format(key, baseUri)));

    static Parsed<string> Ok(string urn) => Parsed<string>.Success(urn);

    static (string Scheme, string Body) Split(string rest)
    {
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (rest, "") : (rest[..colon], rest[(colon + 1)..]);
    }

    // The URN escapes are at most the seven TDS names; an invalid one is kept as typed so the key check names it.
    static string Unescape(string value) => CharacterSet82.Unescape(value) ?? value;

    /// <summary>Checks the dotted parts: how many, digits only in the numeric ones, and their combined length.</summary>
    static Parsed<string[]> Parts(string[] parts, int count, int digits, string scheme)
    {
        if (parts.Length != count)
        {
            return Parsed<string[]>.Fail($"a {scheme} URN has {count} dot-separated parts, this has {parts.Length}");
        }

        // The first two parts are the numeric ones. Indexed, not sliced: parts[..2] copied the array through a slow
        // generic path and was a tenth of a 100-event capture's CPU.
        if (!CheckDigit.AllDigits(parts[0]) || !CheckDigit.AllDigits(parts[1]))
        {
            return Parsed<string[]>.Fail($"the company prefix and reference of a {scheme} URN are digits only");
        }

        var length = parts[0].Length + parts[1].Length;
        if (length != digits || parts[0].Length is < 6 or > 12)
        {
            return Parsed<string[]>.Fail($"the company prefix and reference of a {scheme} URN have {digits} digits together (prefix 6 to 12), these have {length}");
        }

        return Parsed<string[]>.Success(parts);
    }
}
