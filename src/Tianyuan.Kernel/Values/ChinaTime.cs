namespace Tianyuan.Kernel;

/// <summary>
/// Time rules: the clock is <see cref="TimeProvider"/> (injected everywhere, faked in tests), storage is UTC,
/// display is Asia/Shanghai whatever the server's own zone is.
/// </summary>
public static class ChinaTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset ToChinaTime(this DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>A wall-clock time in China (typed in a form, or planned: check-in at 14:00) as the UTC instant stored.</summary>
    public static DateTimeOffset At(DateTime local)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wallClock, Zone.GetUtcOffset(wallClock)).ToUniversalTime();
    }

    /// <summary>That time of that China day (midnight for the start of a day or month) as a UTC instant.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => At(day.ToDateTime(time));

    /// <summary>Today's date in China, the date farmers, hosts and leaders work by.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToChinaTime().DateTime);
}
