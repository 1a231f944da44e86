namespace Tianyuan.DeviceSimulator;

using System.Text.Json;
using Tianyuan.Farm.Demo;

/// <summary>Builds the SenML pack the telemetry API takes: names {deviceId}:{quantity}, absolute Unix-second times.</summary>
internal static class SenmlPack
{
    /// <summary>
    /// One pack for one device. Every record carries its own absolute <c>t</c> (no <c>bt</c>), so a resend is recognised
    /// as a duplicate and a late message keeps its original time.
    /// </summary>
    public static byte[] Build(Guid device, IEnumerable<(DateTimeOffset At, IReadOnlyList<SeriesReading> Readings)> samples)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            var first = true;
            foreach (var (at, readings) in samples)
            {
                foreach (var reading in readings)
                {
                    json.WriteStartObject();
                    if (first)
                        json.WriteString("bn", $"{device}:");
                    first = false;
                    json.WriteString("n", reading.Quantity);
                    json.WriteString("u", reading.Unit);
                    json.WriteNumber("v", reading.Value);
                    json.WriteNumber("t", at.ToUnixTimeSeconds());
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
