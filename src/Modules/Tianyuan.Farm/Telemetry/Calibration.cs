namespace Tianyuan.Farm.Telemetry;

using System.Text.Json;

/// <summary>
/// A device's linear correction for one quantity: stored = gain × measured + offset, found by comparing the sensor
/// with a reference (an oven-dried soil sample, a calibrated thermometer). It is applied at ingest, after the unit is
/// normalised and before the physical-limits check, so a series never mixes corrected and uncorrected values from
/// the same moment on; readings stored before a change keep the correction they were stored with.
/// </summary>
sealed record Calibration(string Quantity, double Gain, double Offset)
{
    public const double MinGain = 0.2, MaxGain = 5, MaxOffset = 1000;
    public const int MaxLines = 10;

    public double Apply(double measured) => (Gain * measured) + Offset;

    public static IReadOnlyList<Calibration> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<Calibration>>(json, JsonSerializerOptions.Web) ?? [];

    public static string? Write(IReadOnlyList<Calibration> lines) =>
        lines.Count == 0 ? null : JsonSerializer.Serialize(lines, JsonSerializerOptions.Web);
}
