namespace Tianyuan.Bench;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;

/// <summary>
/// One simulated sensor node on its own MQTT connection: SenML messages of <see cref="ReadingsPerMessage"/> readings
/// at QoS 1, each one second of device time after the last, sent as fast as acknowledgements return; 1 % are resends
/// of the previous message (duplicates). A message that is not acknowledged (connection lost, app or database
/// restarting) is kept and sent again after reconnecting, as a real node does, so every acknowledged message is one
/// the app promised to have stored.
/// </summary>
sealed class IngestDevice(Guid farm, Guid id, string key, int mqttPort, DateTimeOffset start, int seed)
{
    public const int ReadingsPerMessage = 4;

    readonly List<double> latencies = [];

    public Guid Id => id;

    /// <summary>Messages with new readings acknowledged; their times are start + 0 … Acknowledged − 1 seconds.</summary>
    public int Acknowledged { get; private set; }

    /// <summary>Acknowledged resends of an already acknowledged message: their readings are duplicates.</summary>
    public int Resends { get; private set; }

    /// <summary>Publishes that got no acknowledgement (and were sent again) or connection attempts that failed.</summary>
    public int Failures { get; private set; }

    /// <summary>Publish-to-acknowledgement times in ms; the broker acknowledges after the commit, so ingest-to-queryable.</summary>
    public IReadOnlyList<double> Latencies => latencies;

    /// <summary>The time of the first reading not yet acknowledged: everything before it must be stored.</summary>
    public DateTimeOffset AcknowledgedUntil => start.AddSeconds(Acknowledged);

    public async Task RunAsync(Stopwatch clock, TimeSpan until)
    {
        var random = new Random(seed);
        using var client = new MqttClientFactory().CreateMqttClient();
        byte[]? pending = null;
        var resend = false;
        while (clock.Elapsed < until)
        {
            try
            {
                if (!client.IsConnected)
                    await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", mqttPort).WithClientId(id.ToString("N"))
                        .WithCredentials(id.ToString(), key).WithTimeout(TimeSpan.FromSeconds(30)).Build());
                if (pending is null)
                {
                    resend = Acknowledged > 0 && random.NextDouble() < 0.01;
                    pending = Senml(resend ? Acknowledged - 1 : Acknowledged, random);
                }

                var sw = Stopwatch.StartNew();
                var result = await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic($"farm/{farm}/sensor/{id}/up")
                    .WithPayload(pending).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
                if (!result.IsSuccess)
                    throw new InvalidOperationException($"refused: {result.ReasonCode} {result.ReasonString}");
                latencies.Add(sw.Elapsed.TotalMilliseconds);
                pending = null;
                if (resend)
                    Resends++;
                else
                    Acknowledged++;
            }
            catch (Exception e) when (e is MqttCommunicationException or OperationCanceledException or ObjectDisposedException)
            {
                // Not acknowledged: keep the message, reconnect, send it again.
                Failures++;
                await Task.Delay(200);
            }
        }

        if (client.IsConnected)
            await client.DisconnectAsync();
    }

    byte[] Senml(int second, Random random) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"[{{\"bn\":\"{id}:\",\"bt\":{start.AddSeconds(second).ToUnixTimeSeconds()},\"n\":\"soil-moisture\",\"u\":\"%VWC\",\"v\":{20 + (random.NextDouble() * 15):0.0}}}," +
        $"{{\"n\":\"temperature\",\"u\":\"Cel\",\"v\":{12 + (random.NextDouble() * 10):0.0}}},{{\"n\":\"humidity\",\"u\":\"%RH\",\"v\":{50 + (random.NextDouble() * 40):0}}}," +
        $"{{\"n\":\"battery\",\"u\":\"%EL\",\"v\":{80 + (random.NextDouble() * 20):0}}}]"));
}
