namespace Tianyuan.Kernel;

/// <summary>
/// Time rules: the clock is <see cref="TimeProvider"/> (injected everywhere, faked in tests), storage is UTC,
/// display is Asia/Shanghai whatever the server's own zone is.
/// </summary>
public static class ChinaTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset ToChinaTime(this DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>Today's date in China, the date farmers, hosts and leaders work by.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToChinaTime().DateTime);
}
