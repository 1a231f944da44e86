namespace Tianyuan.Trace.Gs1;

/// <summary>
/// One GS1 identification key with its key qualifiers, as Application Identifier and value pairs in Digital Link
/// order, e.g. (01) GTIN, (10) lot, (21) serial. This is the neutral form between EPC URNs and Digital Link URIs:
/// both directions go through it, so each syntax is written and read in one place.
/// </summary>
sealed record Gs1Key(string Ai, string Value, IReadOnlyList<Gs1Element> Qualifiers)
{
    public Gs1Key(string ai, string value, params Gs1Element[] qualifiers) : this(ai, value, (IReadOnlyList<Gs1Element>)qualifiers)
    {
    }

    /// <summary>The value of a qualifier AI, or null when the key does not carry it.</summary>
    public string? Qualifier(string ai) => Qualifiers.FirstOrDefault(q => q.Ai == ai)?.Value;

    /// <summary>The GS1 element string in human-readable form, e.g. "(01)09521234543213(21)A1".</summary>
    public override string ToString() => $"({Ai}){Value}" + string.Concat(Qualifiers.Select(q => $"({q.Ai}){q.Value}"));

    public bool Equals(Gs1Key? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}

/// <summary>An Application Identifier and its value.</summary>
sealed record Gs1Element(string Ai, string Value);
