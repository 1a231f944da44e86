namespace Tianyuan.Trace.Gs1;

/// <summary>
/// A Global Trade Item Number, always held as GTIN-14: GTIN-8, -12 and -13 are the same number with leading zeros
/// (GS1 General Specifications §3.3.2), and keeping one form means one key in the database and in Digital Links.
/// </summary>
readonly record struct Gtin
{
    Gtin(string gtin14) => Value = gtin14;

    /// <summary>The 14 digits, check digit last.</summary>
    public string Value { get; }

    /// <summary>Reads a GTIN-8, -12, -13 or -14 (spaces and hyphens that people type are ignored).</summary>
    public static Parsed<Gtin> Parse(string? input)
    {
        var digits = (input ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits.Length is not (8 or 12 or 13 or 14))
        {
            return Parsed<Gtin>.Fail($"a GTIN has 8, 12, 13 or 14 digits, this has {digits.Length}", ParseProblem.Length);
        }

        return CheckDigit.Check(digits, $"GTIN-{digits.Length}").Bind(d => Parsed<Gtin>.Success(new Gtin(d.PadLeft(14, '0'))));
    }

    /// <summary>Builds a GTIN from its digits without the check digit (7, 11, 12 or 13 of them).</summary>
    public static Parsed<Gtin> FromBody(string body) =>
        CheckDigit.AllDigits(body) && body.Length is 7 or 11 or 12 or 13
            ? Parse(CheckDigit.Append(body))
            : Parsed<Gtin>.Fail("a GTIN body has 7, 11, 12 or 13 digits");

    /// <summary>The shortest standard form: GTIN-8, -12 or -13 where the leading zeros allow it, else GTIN-14.</summary>
    public string Shortest() =>
        Value.StartsWith("000000", StringComparison.Ordinal) ? Value[6..]
        : Value.StartsWith("00", StringComparison.Ordinal) ? Value[2..]
        : Value.StartsWith('0') ? Value[1..]
        : Value;

    public override string ToString() => Value;
}
