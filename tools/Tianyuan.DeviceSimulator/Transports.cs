namespace Tianyuan.DeviceSimulator;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;

/// <summary>Sends one device's SenML pack; answers whether the server acknowledged it, and how many readings it stored.</summary>
internal interface ITransport : IAsyncDisposable
{
    Task<(bool Acked, long? Accepted)> SendAsync(SimDevice device, byte[] pack, CancellationToken ct);
}

/// <summary>POST /api/farm/telemetry with the device key; 202 means committed.</summary>
internal sealed class HttpTransport(Uri url) : ITransport
{
    readonly HttpClient http = new() { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };

    public async Task<(bool Acked, long? Accepted)> SendAsync(SimDevice device, byte[] pack, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/farm/telemetry") { Content = new ByteArrayContent(pack) };
        request.Headers.Add("X-Device-Key", device.Key);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/senml+json");
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            await Console.Error.WriteLineAsync($"{device.Name}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            return (false, null);
        }

        return (true, (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accepted").GetInt64());
    }

    public ValueTask DisposeAsync()
    {
        http.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>One MQTT 5 connection per device, QoS 1: the broker's PUBACK comes after the commit.</summary>
internal sealed class MqttTransport(string host, int port) : ITransport
{
    readonly Dictionary<Guid, IMqttClient> clients = [];
    readonly SemaphoreSlim gate = new(1, 1);

    public async Task<(bool Acked, long? Accepted)> SendAsync(SimDevice device, byte[] pack, CancellationToken ct)
    {
        var client = await ConnectedAsync(device, ct);
        var result = await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic($"farm/{device.FarmId}/sensor/{device.Id}/up")
            .WithPayload(pack).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build(), ct);
        if (!result.IsSuccess)
            await Console.Error.WriteLineAsync($"{device.Name}: PUBACK {result.ReasonCode} {result.ReasonString}");
        return (result.IsSuccess, null);
    }

    /// <summary>
    /// The broker closes the connection under back-pressure or a failed write, so a device reconnects before its next
    /// message, as a real one would.
    /// </summary>
    async Task<IMqttClient> ConnectedAsync(SimDevice device, CancellationToken ct)
    {
        IMqttClient? client;
        await gate.WaitAsync(ct);
        try
        {
            if (!clients.TryGetValue(device.Id, out client))
                clients[device.Id] = client = new MqttClientFactory().CreateMqttClient();
        }
        finally
        {
            gate.Release();
        }

        if (!client.IsConnected)
        {
            await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer(host, port).WithClientId(device.Id.ToString("N"))
                .WithCredentials(device.Id.ToString(), device.Key).WithTimeout(TimeSpan.FromSeconds(30)).Build(), ct);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            if (client.IsConnected)
                await client.DisconnectAsync();
            client.Dispose();
        }

        gate.Dispose();
    }
}
