namespace Tianyuan.Trace.Gs1;

/// <summary>A Global Location Number: 13 digits, check digit last (farms, packhouses, stations, parties).</summary>
readonly record struct Gln
{
    Gln(string value) => Value = value;

    public string Value { get; }

    public static Gs1Result<Gln> Parse(string? input)
    {
        var digits = (input ?? "").Trim();
        if (digits.Length != 13)
        {
            return Gs1Result<Gln>.Fail($"a GLN has 13 digits, this has {digits.Length}");
        }

        var problem = CheckDigit.Problem(digits, "GLN");
        return problem is null ? Gs1Result<Gln>.Success(new Gln(digits)) : Gs1Result<Gln>.Fail(problem);
    }

    public override string ToString() => Value;
}
