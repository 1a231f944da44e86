namespace Tianyuan.Farm.Telemetry;

using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// Ingest from an external broker (Farm:Mqtt:Broker = external, ADR 0009): the app is one MQTT client subscribed to
/// every device uplink at QoS 1 with a persistent session, and acknowledges a message only once its readings are
/// durable. If the app crashes, or a message cannot be stored now, the broker keeps it and delivers it again when
/// the app reconnects; readings delivered twice are stored once. The broker has already checked the device's key
/// and that the topic is its own; the app still checks the device is active and the topic names its farm.
/// </summary>
sealed class ExternalMqttIngest(ExternalBrokerSettings settings, MqttReadings readings, ILogger<ExternalMqttIngest> logger) : BackgroundService
{
    public const string Uplinks = "farm/+/sensor/+/up";

    /// <summary>
    /// At most this many messages are with the app unacknowledged (MQTT 5 receive maximum); beyond it the broker
    /// holds them, which is the back-pressure of this path. Half the queue, so HTTP senders keep room.
    /// </summary>
    const ushort InFlight = IngestQueue.Capacity / 2;

    readonly IMqttClient client = new MqttClientFactory().CreateMqttClient();
    int reconnecting;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        client.ApplicationMessageReceivedAsync += e =>
        {
            // Stored in the background so the next message need not wait for this one's commit; acknowledged there.
            e.AutoAcknowledge = false;
            _ = HandleAsync(e, stoppingToken);
            return Task.CompletedTask;
        };
        var options = new MqttClientOptionsBuilder().WithTcpServer(settings.Host, settings.Port).WithClientId(settings.ClientId)
            .WithCredentials(settings.Username, settings.Password).WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart(false).WithSessionExpiryInterval(uint.MaxValue).WithReceiveMaximum(InFlight).Build();
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!client.IsConnected)
                await ConnectAsync(options, stoppingToken);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        if (client.IsConnected)
            await client.DisconnectAsync(new MqttClientDisconnectOptions(), CancellationToken.None);
    }

    async Task ConnectAsync(MqttClientOptions options, CancellationToken ct)
    {
        try
        {
            var connected = await client.ConnectAsync(options, ct);
            if (connected.ResultCode != MqttClientConnectResultCode.Success)
            {
                logger.LogError("The MQTT broker at {Host}:{Port} refused the app: {Code}", settings.Host, settings.Port, connected.ResultCode);
                return;
            }

            // The session remembers the subscription; subscribing again is harmless and covers a session the broker lost.
            await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
                .WithTopicFilter(Uplinks, MqttQualityOfServiceLevel.AtLeastOnce).Build(), ct);
            logger.LogInformation("Receiving device uplinks from the MQTT broker at {Host}:{Port}", settings.Host, settings.Port);
        }
        catch (Exception e) when (e is MqttCommunicationException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning("MQTT broker at {Host}:{Port} not reachable ({Reason}); trying again", settings.Host, settings.Port, e.Message);
        }
    }

    async Task HandleAsync(MqttApplicationMessageReceivedEventArgs e, CancellationToken ct)
    {
        try
        {
            var topic = e.ApplicationMessage.Topic;
            var parts = topic.Split('/');
            var outcome = parts is ["farm", _, "sensor", var device, "up"] && Guid.TryParse(device, out var deviceId)
                ? await readings.AcceptAsync(deviceId, topic, e.ApplicationMessage.Payload, ct)
                : new MqttOutcome(MqttVerdict.Refused, MqttPubAckReasonCode.TopicNameInvalid, $"'{topic}' is not a device uplink");
            if (outcome.Verdict == MqttVerdict.Retry)
            {
                // Not stored: no acknowledgement. A broker only delivers again on a new connection, so make one.
                await ReconnectAsync();
                return;
            }

            if (outcome.Verdict == MqttVerdict.Unknown)
                logger.LogWarning("Message on {Topic} dropped: its device is unknown or revoked (remove it from the broker's accounts)", topic);

            // Stored, or never storable (already logged and counted per device): either way, not to be delivered again.
            await e.AcknowledgeAsync(ct);
        }
        catch (Exception ex) when (ex is MqttCommunicationException or OperationCanceledException or InvalidOperationException)
        {
            // The connection went away before the acknowledgement: the broker delivers the message again, and
            // readings already stored are recognised as duplicates.
            logger.LogDebug(ex, "Acknowledgement not sent; the broker will deliver the message again");
        }
    }

    async Task ReconnectAsync()
    {
        if (Interlocked.Exchange(ref reconnecting, 1) == 1)
            return;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            if (client.IsConnected)
                await client.DisconnectAsync(new MqttClientDisconnectOptions(), CancellationToken.None);
        }
        finally
        {
            Volatile.Write(ref reconnecting, 0);
        }
    }

    public override void Dispose()
    {
        client.Dispose();
        base.Dispose();
    }
}
