namespace Tianyuan.Farm.Domain;

/// <summary>
/// One day's weather a farmer imported (from the township weather office, a neighbour's station or a notebook): what
/// ET0 and degree-days use on days the farm's own station did not report.
/// </summary>
sealed class WeatherDay
{
    public Guid FarmId { get; init; }

    public DateOnly Day { get; init; }

    public double TMinC { get; set; }

    public double TMaxC { get; set; }

    public double? RhMeanPct { get; set; }

    /// <summary>Wind speed at 2 m, m/s.</summary>
    public double? WindSpeedMs { get; set; }

    public double? SunshineHours { get; set; }

    public double? RainMm { get; set; }

    public Guid ImportedBy { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
