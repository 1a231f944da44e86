namespace Tianyuan.Trace.Gs1;

/// <summary>A Global Location Number: 13 digits, check digit last (farms, packhouses, stations, parties).</summary>
readonly record struct Gln
{
    Gln(string value) => Value = value;

    public string Value { get; }

    public static Parsed<Gln> Parse(string? input) =>
        CheckDigit.ReadKey(input, 13, "a GLN", "GLN").Bind(v => Parsed<Gln>.Success(new Gln(v)));

    public override string ToString() => Value;
}
