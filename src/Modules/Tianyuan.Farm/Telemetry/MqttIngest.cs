namespace Tianyuan.Farm.Telemetry;

using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet.Protocol;
using MQTTnet.Server;
using Tianyuan.Farm.Data;

/// <summary>
/// The embedded MQTT broker (MQTTnet), on by default (Farm:Mqtt:Enabled, port Farm:Mqtt:Port = 1883). A device
/// connects with its id as user name and its key as password, and publishes SenML to
/// <c>farm/{farmId}/sensor/{deviceId}/up</c>. Each message goes through the same classification and queue as HTTP;
/// the broker acknowledges a QoS 1 message only after its readings are committed. If they cannot be stored the
/// connection is closed instead, so the device keeps the message and sends it again.
/// </summary>
sealed class MqttIngest(IServiceProvider services, IngestQueue queue, IConfiguration configuration, TimeProvider clock, ILogger<MqttIngest> logger)
    : IHostedService, IDisposable
{
    MqttServer? server;

    /// <summary>Messages refused per device since start (bad topic, bad payload), for the device list and logs.</summary>
    public ConcurrentDictionary<Guid, int> Refused { get; } = new();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.Equals(configuration["Farm:Mqtt:Enabled"], "false", StringComparison.OrdinalIgnoreCase))
            return;
        var port = configuration.GetValue<int?>("Farm:Mqtt:Port") ?? 1883;
        var options = new MqttServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(port).Build();
        server = new MqttServerFactory().CreateMqttServer(options);
        server.ValidatingConnectionAsync += ValidateAsync;
        server.InterceptingPublishAsync += ReceiveAsync;
        server.InterceptingSubscriptionAsync += e =>
        {
            // Devices only publish; nobody reads other farms' data through the broker.
            e.ProcessSubscription = false;
            e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
            return Task.CompletedTask;
        };
        try
        {
            await server.StartAsync();
            logger.LogInformation("MQTT broker listening on port {Port}", port);
        }
        catch (System.Net.Sockets.SocketException e)
        {
            // The rest of the platform still serves; HTTP telemetry keeps working.
            logger.LogError(e, "MQTT broker could not listen on port {Port}; set Farm__Mqtt__Port to a free port (HTTP telemetry keeps working)", port);
            server.Dispose();
            server = null;
        }
    }

    async Task ValidateAsync(ValidatingConnectionEventArgs e)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FarmDb>();
        var device = await DeviceAuthentication.FindAsync(db, e.Password, e.CancellationToken);
        if (device is null || !Guid.TryParse(e.UserName, out var id) || id != device.Id)
        {
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
            return;
        }

        // The client id must be the device id too: MQTT sessions are found by client id, and a session is the
        // device's identity here, so no key may open another device's session.
        if (!Guid.TryParse(e.ClientId, out var clientId) || clientId != device.Id)
        {
            e.ReasonCode = MqttConnectReasonCode.ClientIdentifierNotValid;
            return;
        }

        e.SessionItems["device"] = device.Id;
        e.SessionItems["farm"] = device.FarmId;
    }

    async Task ReceiveAsync(InterceptingPublishEventArgs e)
    {
        // Nothing is routed to subscribers: the message is consumed here.
        e.ProcessPublish = false;
        var deviceId = (Guid)e.SessionItems["device"]!;
        var farmId = (Guid)e.SessionItems["farm"]!;
        if (!Guid.TryParse(e.ClientId, out var clientId) || clientId != deviceId)
        {
            e.CloseConnection = true;
            return;
        }
        if (e.ApplicationMessage.Topic != $"farm/{farmId}/sensor/{deviceId}/up")
        {
            Refuse(e, deviceId, MqttPubAckReasonCode.TopicNameInvalid, $"topic '{e.ApplicationMessage.Topic}' is not this device's (farm/{farmId}/sensor/{deviceId}/up)");
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FarmDb>();
        var device = await db.Devices.FindAsync([deviceId], e.CancellationToken);
        if (device is null || device.RevokedAt is not null)
        {
            e.CloseConnection = true;
            return;
        }

        var now = clock.GetUtcNow();
        ReadingBatch batch;
        try
        {
            using var document = JsonDocument.Parse(e.ApplicationMessage.Payload);
            if (document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.GetArrayLength() > Features.Telemetry.IngestSenml.MaxRecords)
            {
                Refuse(e, deviceId, MqttPubAckReasonCode.QuotaExceeded, $"more than {Features.Telemetry.IngestSenml.MaxRecords} records in one message");
                return;
            }

            var (records, errors) = SenmlPack.Parse(document.RootElement, now);
            (batch, var refused) = SenmlClassifier.Classify(device, records, now);
            if (errors.Count + refused.Count > 0)
                logger.LogWarning("Device {Device}: {Count} SenML records refused, first: {Reason}", deviceId, errors.Count + refused.Count,
                    errors.Select(x => x.Reason).Concat(refused.Select(x => x.Reason)).First());
        }
        catch (JsonException)
        {
            Refuse(e, deviceId, MqttPubAckReasonCode.PayloadFormatInvalid, "payload is not JSON");
            return;
        }

        if (batch.Readings.Count + batch.Quarantined.Count == 0)
        {
            Refuse(e, deviceId, MqttPubAckReasonCode.PayloadFormatInvalid, "no record in the message could be stored (see the log for each reason)");
            return;
        }
        try
        {
            if (await queue.StoreAsync(batch, e.CancellationToken) is null)
            {
                e.CloseConnection = true; // full: the device resends after reconnecting
                return;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Readings from device {Device} were not stored; closing its connection so it resends", deviceId);
            e.CloseConnection = true;
            return;
        }

        // The readings are durable: from here nothing may make the device resend them.
        await DeviceAuthentication.TouchAsync(db, device, now, logger, e.CancellationToken);
    }

    void Refuse(InterceptingPublishEventArgs e, Guid deviceId, MqttPubAckReasonCode code, string reason)
    {
        e.Response.ReasonCode = code;
        e.Response.ReasonString = reason;
        Refused.AddOrUpdate(deviceId, 1, (_, n) => n + 1);
        logger.LogWarning("Device {Device}: message refused, {Reason}", deviceId, reason);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
            await server.StopAsync(new MqttServerStopOptions());
    }

    public void Dispose() => server?.Dispose();
}
