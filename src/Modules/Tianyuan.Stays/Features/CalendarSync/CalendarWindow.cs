namespace Tianyuan.Stays.Features.CalendarSync;

/// <summary>
/// The dates calendars are exchanged for. OTAs sell up to about 18 months ahead; the export also shows the last
/// month so a channel manager can reconcile recent stays. Imports start today: a past night cannot be sold anyway.
/// </summary>
static class CalendarWindow
{
    public const int PastDays = 30;

    public const int FutureDays = 540;

    public static DateOnly End(DateOnly today) => today.AddDays(FutureDays);

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
