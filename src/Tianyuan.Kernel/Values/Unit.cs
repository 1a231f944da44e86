namespace Tianyuan.Kernel;

/// <summary>What a unit measures. Only units of the same dimension convert into each other.</summary>
public enum Dimension
{
    Mass,
    /// <summary>Loose items counted one by one.</summary>
    Piece,
    /// <summary>Packed boxes; a box holds different amounts per product, so it never converts.</summary>
    Box,
    /// <summary>Bunches (of greens, flowers); sizes vary, so it never converts.</summary>
    Bunch,
}

/// <summary>
/// A unit of sale. Mass units carry their size in kilograms so they convert exactly (1 斤 = 0.5 kg = 500 g).
/// Count-like units (piece, box, bunch) convert only to themselves.
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    public static readonly Unit Kilogram = new("kg", Dimension.Mass, 1m);
    public static readonly Unit Gram = new("g", Dimension.Mass, 0.001m);
    /// <summary>市斤, the market jin: exactly half a kilogram.</summary>
    public static readonly Unit Jin = new("斤", Dimension.Mass, 0.5m);
    /// <summary>公斤 is another name for the kilogram; kept as its own code because people write it on labels.</summary>
    public static readonly Unit Gongjin = new("公斤", Dimension.Mass, 1m);
    public static readonly Unit Piece = new("piece", Dimension.Piece, 1m);
    public static readonly Unit Box = new("box", Dimension.Box, 1m);
    public static readonly Unit Bunch = new("bunch", Dimension.Bunch, 1m);

    public static IReadOnlyList<Unit> All { get; } = [Kilogram, Gram, Jin, Gongjin, Piece, Box, Bunch];

    static readonly Dictionary<string, Unit> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kg"] = Kilogram, ["千克"] = Kilogram, ["g"] = Gram, ["克"] = Gram, ["斤"] = Jin, ["jin"] = Jin,
        ["公斤"] = Gongjin, ["piece"] = Piece, ["pcs"] = Piece, ["个"] = Piece, ["件"] = Piece,
        ["box"] = Box, ["箱"] = Box, ["盒"] = Box, ["bunch"] = Bunch, ["把"] = Bunch, ["束"] = Bunch,
    };

    Unit(string code, Dimension dimension, decimal sizeInBase)
    {
        Code = code;
        Dimension = dimension;
        SizeInBase = sizeInBase;
    }

    /// <summary>Stable code stored in the database and used in APIs: kg, g, 斤, 公斤, piece, box, bunch.</summary>
    public string Code { get; }

    public Dimension Dimension { get; }

    /// <summary>Size in the dimension's base unit (kilograms for mass).</summary>
    public decimal SizeInBase { get; }

    public bool ConvertsTo(Unit other) => Dimension == other.Dimension;

    public static bool TryParse(string? text, out Unit unit)
    {
        unit = Kilogram;
        if (string.IsNullOrWhiteSpace(text) || !Aliases.TryGetValue(text.Trim(), out var found))
            return false;
        unit = found;
        return true;
    }

    public static Unit Parse(string text) =>
        TryParse(text, out var unit) ? unit : throw new FormatException($"'{text}' is not a known unit.");

    public bool Equals(Unit? other) => other is not null && other.Code == Code;

    public override bool Equals(object? obj) => Equals(obj as Unit);

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Code;
}
