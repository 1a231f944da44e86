namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;
using Tianyuan.Kernel.Demo;

/// <summary>A sensor node publishing over MQTT to the embedded broker, as field devices do.</summary>
public sealed class MqttTests : IAsyncLifetime
{
    TestApp app = default!;
    int port;

    public async Task InitializeAsync()
    {
        port = TestApp.FreePort();
        app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Farm:Mqtt:Enabled"] = "true", ["Farm:Mqtt:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_published_reading_is_queryable_as_soon_as_the_broker_acknowledges_it()
    {
        var (farmer, farm, device, key) = await NewDeviceAsync();
        using var client = new MqttClientFactory().CreateMqttClient();
        var connected = await client.ConnectAsync(Options(device, key));
        Assert.Equal(MqttClientConnectResultCode.Success, connected.ResultCode);

        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        var senml = $$"""[{"bn":"{{device}}:","n":"soil-moisture","u":"%VWC","v":31.5,"t":{{at.ToUnixTimeSeconds()}}}]""";
        var published = await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic($"farm/{farm}/sensor/{device}/up")
            .WithPayload(Encoding.UTF8.GetBytes(senml)).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.True(published.IsSuccess);

        // No waiting: the acknowledgement came after the commit.
        var series = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{device}/series?quantity=soil-moisture");
        Assert.Equal(31.5, series.GetProperty("points")[0].GetProperty("v").GetDouble());

        // Another device's topic is refused with a reason and stores nothing.
        var other = Guid.NewGuid();
        var refused = await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic($"farm/{farm}/sensor/{other}/up")
            .WithPayload(Encoding.UTF8.GetBytes(senml.Replace(device.ToString(), other.ToString(), StringComparison.Ordinal)))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.Equal(MqttClientPublishReasonCode.TopicNameInvalid, refused.ReasonCode);
        await client.DisconnectAsync();
    }

    [Fact]
    public async Task A_wrong_key_cannot_connect()
    {
        var (_, _, device, _) = await NewDeviceAsync();
        using var client = new MqttClientFactory().CreateMqttClient();
        var result = await client.ConnectAsync(Options(device, "dev_0000000000_wrongwrongwrongwrongwrong"));
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, result.ResultCode);
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task A_key_cannot_open_another_devices_session()
    {
        var (_, _, mine, key) = await NewDeviceAsync();
        var (_, _, theirs, _) = await NewDeviceAsync();
        using var client = new MqttClientFactory().CreateMqttClient();
        var result = await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId(theirs.ToString())
            .WithCredentials(mine.ToString(), key).WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build());
        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, result.ResultCode);
    }

    /// <summary>A device connects with its id as client id and user name, and its key as password.</summary>
    MqttClientOptions Options(Guid device, string password) =>
        new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId(device.ToString())
            .WithCredentials(device.ToString(), password).WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build();

    async Task<(HttpClient Farmer, Guid Farm, Guid Device, string Key)> NewDeviceAsync()
    {
        var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (farm, device, key) = await app.RegisterDeviceAsync(farmer, "MQTT节点");
        return (farmer, farm, device, key);
    }
}
