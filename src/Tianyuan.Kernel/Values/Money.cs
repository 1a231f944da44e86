namespace Tianyuan.Kernel;

using System.Globalization;

/// <summary>
/// An amount in Chinese yuan (CNY). Always <see cref="decimal"/>: binary floating point cannot hold ¥0.10 exactly.
/// Arithmetic keeps full precision; <see cref="RoundToFen"/> applies the shop rule (四舍五入 to 0.01).
/// </summary>
public readonly record struct Money(decimal Amount) : IComparable<Money>
{
    public const string Currency = "CNY";

    public static Money Zero => default;

    public static Money Yuan(decimal amount) => new(amount);

    public Money RoundToFen() => new(Math.Round(Amount, 2, MidpointRounding.AwayFromZero));

    public bool IsNegative => Amount < 0;

    /// <summary>
    /// Splits into <paramref name="parts"/> amounts in whole 分 that add up exactly to this amount
    /// (the first parts carry the leftover 分), e.g. ¥10.00 / 3 = 3.34 + 3.33 + 3.33.
    /// </summary>
    public IReadOnlyList<Money> Split(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var totalFen = (long)(RoundToFen().Amount * 100);
        var baseFen = totalFen / parts;
        var leftover = totalFen - (baseFen * parts);
        var result = new Money[parts];
        for (var i = 0; i < parts; i++)
        {
            var step = Math.Sign(leftover) * (i < Math.Abs(leftover) ? 1 : 0);
            result[i] = new Money((baseFen + step) / 100m);
        }

        return result;
    }

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount);

    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount);

    public static Money operator -(Money a) => new(-a.Amount);

    public static Money operator *(Money a, decimal factor) => new(a.Amount * factor);

    public static Money operator *(decimal factor, Money a) => new(a.Amount * factor);

    public static bool operator <(Money a, Money b) => a.Amount < b.Amount;

    public static bool operator >(Money a, Money b) => a.Amount > b.Amount;

    public static bool operator <=(Money a, Money b) => a.Amount <= b.Amount;

    public static bool operator >=(Money a, Money b) => a.Amount >= b.Amount;

    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    public static Money Add(Money a, Money b) => a + b;

    public static Money Subtract(Money a, Money b) => a - b;

    public static Money Multiply(Money a, decimal factor) => a * factor;

    public static Money Negate(Money a) => -a;

    /// <summary>Display form used across the UI: ¥1,280.00 (tabular figures are a CSS concern).</summary>
    public override string ToString() =>
        (Amount < 0 ? "-¥" : "¥") + Math.Abs(RoundToFen().Amount).ToString("#,##0.00", CultureInfo.InvariantCulture);
}
