namespace Tianyuan.Trace.Epcis;

/// <summary>
/// bizStep and disposition values as stored and queried: a bare CBV word ("shipping"), a CBV 1.x URN or a CURIE all
/// become the Web URI (https://ref.gs1.org/cbv/BizStep-shipping), so EQ_bizStep=shipping finds every form.
/// </summary>
static class Vocabulary
{
    public static string? BizStep(string? value, IReadOnlyDictionary<string, string>? prefixes = null) =>
        value is null ? null : HashValues.Vocabulary(value, "BizStep-", prefixes ?? JsonLdPrefixes.Standard);

    public static string? Disposition(string? value, IReadOnlyDictionary<string, string>? prefixes = null) =>
        value is null ? null : HashValues.Vocabulary(value, "Disp-", prefixes ?? JsonLdPrefixes.Standard);
}
