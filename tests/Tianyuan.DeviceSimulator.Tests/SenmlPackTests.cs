namespace Tianyuan.DeviceSimulator.Tests;

using System.Text.Json;
using Tianyuan.Farm.Demo;

public class SenmlPackTests
{
    [Fact]
    public void A_pack_names_the_device_once_and_gives_every_record_its_unit_value_and_absolute_time()
    {
        var device = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
        var series = new DiurnalSeries(1);

        var pack = SenmlPack.Build(device, [(at, series.Sample("weather-station", at)), (at.AddHours(1), series.Sample("weather-station", at.AddHours(1)))]);

        var records = JsonDocument.Parse(pack).RootElement.EnumerateArray().ToList();
        Assert.Equal(4, records.Count);
        Assert.Equal($"{device}:", records[0].GetProperty("bn").GetString());
        Assert.All(records.Skip(1), r => Assert.False(r.TryGetProperty("bn", out _)));
        Assert.Equal(["temperature", "humidity", "temperature", "humidity"], records.Select(r => r.GetProperty("n").GetString()));
        Assert.Equal(["Cel", "%RH", "Cel", "%RH"], records.Select(r => r.GetProperty("u").GetString()));
        Assert.All(records, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("v").ValueKind));
        // Absolute Unix seconds: well above 2^28, which the API would read as relative to its clock.
        Assert.Equal([1795651200, 1795651200, 1795654800, 1795654800], records.Select(r => r.GetProperty("t").GetInt64()));
    }
}
