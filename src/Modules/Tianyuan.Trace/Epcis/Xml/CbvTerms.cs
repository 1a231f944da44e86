namespace Tianyuan.Trace.Epcis.Xml;

/// <summary>
/// The XML binding writes standard vocabulary as CBV 1.x URNs (urn:epcglobal:cbv:bizstep:shipping) or Web URIs
/// (https://ref.gs1.org/cbv/BizStep-shipping); the JSON-LD binding writes the bare term ("shipping"). Capture from
/// XML stores the bare term, so an event reads the same whichever binding it arrived in. A value outside the standard
/// vocabulary (a company's own URI) is kept as it is.
/// </summary>
static class CbvTerms
{
    public static readonly (string Urn, string Web) BizStep = ("urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-");
    public static readonly (string Urn, string Web) Disposition = ("urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-");
    public static readonly (string Urn, string Web) BizTransactionType = ("urn:epcglobal:cbv:btt:", "https://ref.gs1.org/cbv/BTT-");
    public static readonly (string Urn, string Web) SourceDestType = ("urn:epcglobal:cbv:sdt:", "https://ref.gs1.org/cbv/SDT-");
    public static readonly (string Urn, string Web) ErrorReason = ("urn:epcglobal:cbv:er:", "https://ref.gs1.org/cbv/ER-");

    /// <summary>Sensor measurement types and exceptions come from the GS1 Web vocabulary (gs1:Temperature).</summary>
    public static readonly (string Urn, string Web) Gs1Vocabulary = ("gs1:", "https://gs1.org/voc/");

    public static string Short(string value, (string Urn, string Web) vocabulary)
    {
        var text = value.Trim();
        if (text.StartsWith(vocabulary.Urn, StringComparison.Ordinal))
            return text[vocabulary.Urn.Length..];
        return text.StartsWith(vocabulary.Web, StringComparison.Ordinal) ? text[vocabulary.Web.Length..] : text;
    }
}
