namespace Tianyuan.Kernel.Tests;

using System.Globalization;
using Tianyuan.Kernel.Ui;

/// <summary>Dates as people write them (design/UI.md), in the page's language and China time.</summary>
public class DatesTests
{
    static readonly DateOnly Saturday = new(2026, 12, 26);

    // 23:30 on the 25th in UTC is already the 26th in China.
    static readonly DateTimeOffset LateEvening = new(2026, 12, 25, 23, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("zh-CN", "2026年12月26日 周六", "2026年12月26日", "12月26日 周六", "2026年12月")]
    [InlineData("en", "Sat 26 Dec 2026", "26 Dec 2026", "Sat 26 Dec", "Dec 2026")]
    public void A_day_reads_in_the_pages_language(string culture, string day, string date, string shortDay, string month) =>
        In(culture, () =>
        {
            Assert.Equal(day, Dates.Day(Saturday));
            Assert.Equal(date, Dates.Date(Saturday));
            Assert.Equal(shortDay, Dates.ShortDay(Saturday));
            Assert.Equal(month, Dates.Month(Saturday));
        });

    [Theory]
    [InlineData("zh-CN", "2026年12月26日 07:30", "12月26日 07:30", "2026年12月26日")]
    [InlineData("en", "26 Dec 2026 07:30", "26 Dec 07:30", "26 Dec 2026")]
    public void A_moment_is_written_in_China_time(string culture, string moment, string shortMoment, string date) =>
        In(culture, () =>
        {
            Assert.Equal(moment, Dates.Moment(LateEvening));
            Assert.Equal(shortMoment, Dates.ShortMoment(LateEvening));
            Assert.Equal(date, Dates.Date(LateEvening));
        });

    static void In(string culture, Action check)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            check();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}
