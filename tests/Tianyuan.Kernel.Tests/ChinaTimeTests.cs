namespace Tianyuan.Kernel.Tests;

/// <summary>Times typed or planned in China become the UTC instants the databases store.</summary>
public class ChinaTimeTests
{
    [Fact]
    public void Eight_in_the_morning_in_China_is_midnight_UTC() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), ChinaTime.At(new DateOnly(2026, 11, 27), new TimeOnly(8, 0)));

    [Fact]
    public void China_midnight_falls_on_the_previous_UTC_day() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), ChinaTime.At(new DateOnly(2026, 12, 1), TimeOnly.MinValue));

    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Local)]
    public void A_typed_wall_clock_time_is_read_as_China_time_whatever_its_kind(DateTimeKind kind) =>
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero), ChinaTime.At(new DateTime(2026, 11, 27, 23, 0, 0, kind)));
}
