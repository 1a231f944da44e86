namespace Tianyuan.Farm.Telemetry;

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
/// <c>farm/{farmId}/sensor/{deviceId}/up</c>. Each message goes through <see cref="MqttReadings"/> (the same
/// classification and queue as HTTP); the broker acknowledges a QoS 1 message only after its readings are committed.
/// If they cannot be stored the connection is closed instead, so the device keeps the message and sends it again.
/// </summary>
sealed class MqttIngest(IServiceProvider services, MqttReadings readings, IConfiguration configuration, ILogger<MqttIngest> logger)
    : IHostedService, IDisposable
{
    MqttServer? server;

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
    }

    async Task ReceiveAsync(InterceptingPublishEventArgs e)
    {
        // Nothing is routed to subscribers: the message is consumed here.
        e.ProcessPublish = false;
        var deviceId = (Guid)e.SessionItems["device"]!;
        if (!Guid.TryParse(e.ClientId, out var clientId) || clientId != deviceId)
        {
            e.CloseConnection = true;
            return;
        }

        var outcome = await readings.AcceptAsync(deviceId, e.ApplicationMessage.Topic, e.ApplicationMessage.Payload, e.CancellationToken);
        switch (outcome.Verdict)
        {
            case MqttVerdict.Refused:
                e.Response.ReasonCode = outcome.Code;
                e.Response.ReasonString = outcome.Reason;
                break;
            case MqttVerdict.Unknown or MqttVerdict.Retry:
                // Revoked since it connected, or not stored: closing the connection keeps the message with the
                // device (unacknowledged), which sends it again after reconnecting.
                e.CloseConnection = true;
                break;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
            await server.StopAsync(new MqttServerStopOptions());
    }

    public void Dispose() => server?.Dispose();
}
