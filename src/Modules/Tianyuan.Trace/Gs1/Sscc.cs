namespace Tianyuan.Trace.Gs1;

/// <summary>A Serial Shipping Container Code: 18 digits (extension digit, company prefix, serial reference, check).</summary>
readonly record struct Sscc
{
    Sscc(string value) => Value = value;

    public string Value { get; }

    public static Gs1Result<Sscc> Parse(string? input)
    {
        var digits = (input ?? "").Trim();
        if (digits.Length != 18)
        {
            return Gs1Result<Sscc>.Fail($"an SSCC has 18 digits, this has {digits.Length}");
        }

        var problem = CheckDigit.Problem(digits, "SSCC");
        return problem is null ? Gs1Result<Sscc>.Success(new Sscc(digits)) : Gs1Result<Sscc>.Fail(problem);
    }

    public override string ToString() => Value;
}
