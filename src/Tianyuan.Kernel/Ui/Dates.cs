namespace Tianyuan.Kernel.Ui;

using System.Globalization;

/// <summary>
/// Dates as people write them (design/UI.md), in the page's language and China time: <c>2026年12月26日 周六</c> and
/// <c>2026年12月26日 23:30</c> in Chinese, <c>Sat 26 Dec 2026</c> and <c>26 Dec 2026 23:30</c> in English. The year is
/// written unless the caller knows the context already fixes it (the Short forms): what these dates name (a delivery
/// window, an order cut-off) often falls in the next one.
/// </summary>
public static class Dates
{
    static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>A calendar day with its weekday.</summary>
    public static string Day(DateOnly day) =>
        English ? day.ToString("ddd d MMM yyyy", CultureInfo.CurrentUICulture) : day.ToString("yyyy年M月d日 ddd", Chinese);

    /// <summary>A date on a record (made on, valid until, a season's ends): 2026年12月26日, 26 Dec 2026.</summary>
    public static string Date(DateOnly day) =>
        English ? day.ToString("d MMM yyyy", CultureInfo.CurrentUICulture) : day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>The China day of a moment, written as <see cref="Date(DateOnly)"/>.</summary>
    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(at.ToChinaTime().DateTime));

    /// <summary>A moment, to the minute, in China time.</summary>
    public static string Moment(DateTimeOffset at)
    {
        var local = at.ToChinaTime();
        return English ? local.ToString("d MMM yyyy HH:mm", CultureInfo.CurrentUICulture) : local.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>A month of a calendar or report: 2026年12月, Dec 2026.</summary>
    public static string Month(DateOnly day) =>
        English ? day.ToString("MMM yyyy", CultureInfo.CurrentUICulture) : day.ToString("yyyy年M月", CultureInfo.InvariantCulture);

    /// <summary>A day in the next few days or inside a range already dated (a stay's nights, tomorrow's pickup): 12月26日 周六.</summary>
    public static string ShortDay(DateOnly day) =>
        English ? day.ToString("ddd d MMM", CultureInfo.CurrentUICulture) : day.ToString("M月d日 ddd", Chinese);

    /// <summary>A moment in the next few days (a group buy's cut-off): 12月26日 23:30.</summary>
    public static string ShortMoment(DateTimeOffset at)
    {
        var local = at.ToChinaTime();
        return English ? local.ToString("d MMM HH:mm", CultureInfo.CurrentUICulture) : local.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);
    }
}
