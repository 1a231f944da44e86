namespace Tianyuan.Trace.Gs1;

/// <summary>A Serial Shipping Container Code: 18 digits (extension digit, company prefix, serial reference, check).</summary>
readonly record struct Sscc
{
    Sscc(string value) => Value = value;

    public string Value { get; }

    public static Parsed<Sscc> Parse(string? input)
    {
        var digits = (input ?? "").Trim();
        if (digits.Length != 18)
        {
            return Parsed<Sscc>.Fail($"an SSCC has 18 digits, this has {digits.Length}");
        }

        var problem = CheckDigit.Problem(digits, "SSCC");
        return problem is null ? Parsed<Sscc>.Success(new Sscc(digits)) : Parsed<Sscc>.Fail(problem);
    }

    public override string ToString() => Value;
}
