namespace Tianyuan.Kernel;

using System.Diagnostics.CodeAnalysis;

/// <summary>The administrative levels of China's region tree, as used by our codes.</summary>
public enum RegionLevel
{
    Province = 1,
    City = 2,
    County = 3,
    Township = 4,
    Village = 5,
}

/// <summary>
/// A region's code in the national administrative-division scheme (GB/T 2260 + township/village extension):
/// 2 digits province, 4 city, 6 county, 9 township, 12 village. A region contains every region whose code
/// starts with its own, which is what lets scoped access be checked from a code alone.
/// </summary>
public readonly record struct RegionCode
{
    static readonly int[] Lengths = [2, 4, 6, 9, 12];

    RegionCode(string value) => Value = value;

    public string Value { get; }

    public RegionLevel Level => (RegionLevel)(Array.IndexOf(Lengths, Value.Length) + 1);

    public static bool TryParse([NotNullWhen(true)] string? text, out RegionCode code)
    {
        code = default;
        if (text is null || !Lengths.Contains(text.Length) || !text.All(char.IsAsciiDigit))
            return false;
        code = new RegionCode(text);
        return true;
    }

    public static RegionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a region code (2, 4, 6, 9 or 12 digits).");

    /// <summary>Length of a code at <paramref name="level"/>.</summary>
    public static int LengthOf(RegionLevel level) => Lengths[(int)level - 1];

    /// <summary>True when <paramref name="other"/> is this region or lies inside it.</summary>
    public bool Contains(RegionCode other) =>
        Value is not null && other.Value is not null && other.Value.StartsWith(Value, StringComparison.Ordinal);

    public override string ToString() => Value ?? "";
}
