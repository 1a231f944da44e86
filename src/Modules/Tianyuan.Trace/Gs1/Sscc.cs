namespace Tianyuan.Trace.Gs1;

/// <summary>A Serial Shipping Container Code: 18 digits (extension digit, company prefix, serial reference, check).</summary>
readonly record struct Sscc
{
    Sscc(string value) => Value = value;

    public string Value { get; }

    public static Parsed<Sscc> Parse(string? input) =>
        CheckDigit.ReadKey(input, 18, "an SSCC", "SSCC").Bind(v => Parsed<Sscc>.Success(new Sscc(v)));

    public override string ToString() => Value;
}
