namespace Tianyuan.Kernel;

using System.Globalization;

/// <summary>Thrown when a conversion between units of different dimensions is asked for (kg → piece).</summary>
public sealed class IncompatibleUnitsException(Unit from, Unit to)
    : InvalidOperationException($"Cannot convert {from.Code} to {to.Code}: they measure different things.")
{
    public Unit From { get; } = from;

    public Unit To { get; } = to;
}

/// <summary>A decimal amount with its unit: 1.5 kg, 3 斤, 12 piece. Never a bare number.</summary>
public readonly record struct Quantity(decimal Value, Unit Unit)
{
    public static Quantity Of(decimal value, Unit unit) => new(value, unit);

    public Quantity ConvertTo(Unit target)
    {
        if (Unit.Equals(target))
            return this;
        if (!Unit.ConvertsTo(target))
            throw new IncompatibleUnitsException(Unit, target);
        return new Quantity(Value * Unit.SizeInBase / target.SizeInBase, target);
    }

    public bool TryConvertTo(Unit target, out Quantity converted)
    {
        converted = this;
        if (!Unit.ConvertsTo(target))
            return false;
        converted = ConvertTo(target);
        return true;
    }

    public static Quantity operator +(Quantity a, Quantity b) => new(a.Value + b.ConvertTo(a.Unit).Value, a.Unit);

    public static Quantity operator -(Quantity a, Quantity b) => new(a.Value - b.ConvertTo(a.Unit).Value, a.Unit);

    public static Quantity Add(Quantity a, Quantity b) => a + b;

    public static Quantity Subtract(Quantity a, Quantity b) => a - b;

    /// <summary>Parses "1.5 kg", "3斤", "12 piece" (number first, unit after, space optional).</summary>
    public static bool TryParse(string? text, out Quantity quantity)
    {
        quantity = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var s = text.Trim();
        var split = 0;
        while (split < s.Length && (char.IsAsciiDigit(s[split]) || s[split] is '.' or '-' or '+'))
            split++;
        if (!decimal.TryParse(s[..split], NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            || !Unit.TryParse(s[split..], out var unit))
            return false;
        quantity = new Quantity(value, unit);
        return true;
    }

    public override string ToString() =>
        Value.ToString("0.###", CultureInfo.InvariantCulture) + (Unit.Code.Length > 0 && char.IsAscii(Unit.Code[0]) ? " " : "") + Unit.Code;
}

/// <summary>A price per unit (¥12.80/斤); prices any quantity that converts into its unit, rounded to 分.</summary>
public readonly record struct UnitPrice(Money Price, Unit Per)
{
    public Money PriceFor(Quantity quantity) => (Price * quantity.ConvertTo(Per).Value).RoundToFen();

    public override string ToString() => $"{Price}/{Per.Code}";
}
