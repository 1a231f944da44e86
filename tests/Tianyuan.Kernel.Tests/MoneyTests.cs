namespace Tianyuan.Kernel.Tests;

public class MoneyTests
{
    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("2.344", "2.34")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("0.005", "0.01")]
    public void Rounds_to_fen_half_away_from_zero(string amount, string expected) =>
        Assert.Equal(decimal.Parse(expected), Money.Yuan(decimal.Parse(amount)).RoundToFen().Amount);

    [Fact]
    public void Splits_into_parts_that_add_up_exactly()
    {
        var parts = Money.Yuan(10m).Split(3);
        Assert.Equal([3.34m, 3.33m, 3.33m], parts.Select(p => p.Amount));
        Assert.Equal(10m, parts.Sum(p => p.Amount));
    }

    [Fact]
    public void Splits_a_refund_with_leftover_fen_going_to_the_first_parts()
    {
        var parts = Money.Yuan(-0.05m).Split(2);
        Assert.Equal(-0.05m, parts.Sum(p => p.Amount));
        Assert.All(parts, p => Assert.True(p.IsNegative));
    }

    [Fact]
    public void Shows_as_yuan_with_thousands_and_two_decimals()
    {
        Assert.Equal("¥1,280.00", Money.Yuan(1280m).ToString());
        Assert.Equal("¥12.80", Money.Yuan(12.8m).ToString());
        Assert.Equal("-¥3.50", Money.Yuan(-3.5m).ToString());
    }

    [Fact]
    public void Keeps_decimal_precision_in_sums()
    {
        var total = Enumerable.Repeat(Money.Yuan(0.1m), 10).Aggregate(Money.Zero, (a, b) => a + b);
        Assert.Equal(Money.Yuan(1m), total);
    }
}
