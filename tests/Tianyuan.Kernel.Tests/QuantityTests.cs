namespace Tianyuan.Kernel.Tests;

public class QuantityTests
{
    [Fact]
    public void Three_jin_is_one_and_a_half_kilograms() =>
        Assert.Equal(Quantity.Of(1.5m, Unit.Kilogram), Quantity.Of(3m, Unit.Jin).ConvertTo(Unit.Kilogram));

    [Theory]
    [InlineData(1, "kg", 2, "斤")]
    [InlineData(500, "g", 1, "斤")]
    [InlineData(2, "公斤", 2000, "g")]
    [InlineData(1.5, "kg", 1.5, "公斤")]
    public void Converts_between_mass_units(double value, string from, double expected, string to) =>
        Assert.Equal((decimal)expected, Quantity.Of((decimal)value, Unit.Parse(from)).ConvertTo(Unit.Parse(to)).Value);

    [Theory]
    [InlineData("kg", "piece")]
    [InlineData("box", "piece")]
    [InlineData("bunch", "kg")]
    [InlineData("斤", "box")]
    public void Refuses_conversions_between_different_dimensions(string from, string to)
    {
        var error = Assert.Throws<IncompatibleUnitsException>(() => Quantity.Of(1, Unit.Parse(from)).ConvertTo(Unit.Parse(to)));
        Assert.Equal(Unit.Parse(to), error.To);
        Assert.False(Quantity.Of(1, Unit.Parse(from)).TryConvertTo(Unit.Parse(to), out _));
    }

    [Fact]
    public void Adds_in_the_left_hand_unit() =>
        Assert.Equal(Quantity.Of(1.5m, Unit.Kilogram), Quantity.Of(1, Unit.Kilogram) + Quantity.Of(1, Unit.Jin));

    [Theory]
    [InlineData("1.5 kg", 1.5, "kg")]
    [InlineData("3斤", 3, "斤")]
    [InlineData("12 个", 12, "piece")]
    [InlineData("2箱", 2, "box")]
    public void Parses_what_people_write(string text, double value, string unit)
    {
        Assert.True(Quantity.TryParse(text, out var q));
        Assert.Equal(Quantity.Of((decimal)value, Unit.Parse(unit)), q);
    }

    [Theory]
    [InlineData("")]
    [InlineData("kg")]
    [InlineData("1.5 furlong")]
    [InlineData("abc")]
    public void Rejects_what_is_not_a_quantity(string text) => Assert.False(Quantity.TryParse(text, out _));

    [Fact]
    public void Prices_a_quantity_in_another_unit_rounded_to_fen()
    {
        Assert.Equal(Money.Yuan(38.40m), new UnitPrice(Money.Yuan(12.80m), Unit.Jin).PriceFor(Quantity.Of(1.5m, Unit.Kilogram)));
        Assert.Equal(Money.Yuan(3.33m), new UnitPrice(Money.Yuan(9.99m), Unit.Kilogram).PriceFor(Quantity.Of(333, Unit.Gram)));
        Assert.Throws<IncompatibleUnitsException>(() => new UnitPrice(Money.Yuan(2m), Unit.Piece).PriceFor(Quantity.Of(1, Unit.Kilogram)));
    }

    [Fact]
    public void Shows_units_the_way_labels_do()
    {
        Assert.Equal("1.5 kg", Quantity.Of(1.5m, Unit.Kilogram).ToString());
        Assert.Equal("3斤", Quantity.Of(3m, Unit.Jin).ToString());
        Assert.Equal("¥12.80/斤", new UnitPrice(Money.Yuan(12.8m), Unit.Jin).ToString());
    }
}
