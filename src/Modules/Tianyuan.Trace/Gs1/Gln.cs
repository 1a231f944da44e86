namespace Tianyuan.Trace.Gs1;

/// <summary>A Global Location Number: 13 digits, check digit last (farms, packhouses, stations, parties).</summary>
readonly record struct Gln
{
    Gln(string value) => Value = value;

    public string Value { get; }

    public static Parsed<Gln> Parse(string? input)
    {
        var digits = (input ?? "").Trim();
        if (digits.Length != 13)
        {
            return Parsed<Gln>.Fail($"a GLN has 13 digits, this has {digits.Length}");
        }

        var problem = CheckDigit.Problem(digits, "GLN");
        return problem is null ? Parsed<Gln>.Success(new Gln(digits)) : Parsed<Gln>.Fail(problem);
    }

    public override string ToString() => Value;
}
