namespace Tianyuan.Trace.Contracts;

/// <summary>A field's sensor record for one day (China time): the range and mean of each measured quantity.</summary>
/// <param name="Field">The caller's stable name for the field, as in <see cref="TraceFieldOperation.Field"/>.</param>
/// <param name="Day">The day (Asia/Shanghai); one event per field and day, a second call records nothing.</param>
/// <param name="Readings">At least one quantity.</param>
public sealed record TraceFieldDay(string Field, DateOnly Day, IReadOnlyList<TraceSensorRange> Readings);

/// <summary>One quantity over the day.</summary>
/// <param name="Type">One of <see cref="Types"/>.</param>
/// <param name="Unit">UN/CEFACT Rec 20 code: CEL for °C, P1 for percent.</param>
/// <param name="Count">How many readings the day had.</param>
public sealed record TraceSensorRange(string Type, string Unit, decimal Min, decimal Max, decimal Mean, long Count)
{
    /// <summary>Air temperature (gs1:MT-Temperature).</summary>
    public const string Temperature = "Temperature";

    /// <summary>Relative air humidity (gs1:MT-RelativeHumidity).</summary>
    public const string RelativeHumidity = "RelativeHumidity";

    /// <summary>Volumetric soil water content; GS1 has no measurement type for it, so it is Tianyuan's own ty:SoilMoisture.</summary>
    public const string SoilMoisture = "SoilMoisture";

    public static readonly IReadOnlyList<string> Types = [Temperature, RelativeHumidity, SoilMoisture];
}
