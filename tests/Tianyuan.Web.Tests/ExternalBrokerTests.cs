namespace Tianyuan.Web.Tests;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Tianyuan.Kernel.Demo;

/// <summary>
/// Devices publishing to an external Mosquitto (Farm:Mqtt:Broker = external): the app keeps the broker's password
/// and ACL files, so the broker itself turns away wrong keys and other devices' topics, and the app reads the uplinks
/// as a client. Runs a real mosquitto; skipped when it is not installed (test.sh installs it).
/// </summary>
public sealed class ExternalBrokerTests : IAsyncLifetime
{
    readonly string folder = Directory.CreateTempSubdirectory("ty-mosquitto-").FullName;
    readonly int port = TestApp.FreePort();
    TestApp app = default!;
    Process? broker;

    public async Task InitializeAsync()
    {
        if (!File.Exists(MosquittoFactAttribute.Binary))
            return;
        app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Farm:Mqtt:Enabled"] = "true", ["Farm:Mqtt:Broker"] = "external", ["Farm:Mqtt:External:Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Farm:Mqtt:External:Password"] = "app-" + Guid.NewGuid(), ["Farm:Mqtt:External:PasswordFile"] = Path.Combine(folder, "passwd"),
            ["Farm:Mqtt:External:AclFile"] = Path.Combine(folder, "acl"), ["Farm:Mqtt:External:PidFile"] = Path.Combine(folder, "mosquitto.pid"),
        });

        // Mosquitto will not start without its password file: the app writes it within a couple of seconds.
        await Eventually(() => Task.FromResult(File.Exists(Path.Combine(folder, "passwd")) && File.Exists(Path.Combine(folder, "acl"))));
        await File.WriteAllTextAsync(Path.Combine(folder, "mosquitto.conf"), $"""
            listener {port} 127.0.0.1
            allow_anonymous false
            password_file {folder}/passwd
            acl_file {folder}/acl
            pid_file {folder}/mosquitto.pid
            use_username_as_clientid true
            persistence false
            user root
            """);
        broker = Process.Start(new ProcessStartInfo(MosquittoFactAttribute.Binary, ["-c", Path.Combine(folder, "mosquitto.conf")])
        {
            RedirectStandardError = true, RedirectStandardOutput = true,
        })!;
        // Drained, or a full pipe would stall the broker once it has logged enough connections.
        broker.BeginOutputReadLine();
        broker.BeginErrorReadLine();
        // Up once it has written its pid file, which the app needs to signal it: the test then starts from a running broker.
        await Eventually(() => Task.FromResult(File.Exists(Path.Combine(folder, "mosquitto.pid"))));
    }

    public async Task DisposeAsync()
    {
        if (broker is not null)
        {
            broker.Kill();
            await broker.WaitForExitAsync();
            broker.Dispose();
        }

        if (app is not null)
            await app.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [MosquittoFact]
    public async Task A_reading_published_to_mosquitto_is_stored_and_the_broker_refuses_wrong_keys_and_other_devices_topics()
    {
        var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (farm, device, key) = await app.RegisterDeviceAsync(farmer, "外部代理节点");

        // The new device reaches the broker's accounts on the app's next sync.
        using var client = new MqttClientFactory().CreateMqttClient();
        await Eventually(async () => (await client.ConnectAsync(Options(device, key))).ResultCode == MqttClientConnectResultCode.Success);

        var at = DateTimeOffset.UtcNow.AddMinutes(-2);
        var published = await client.PublishAsync(Message($"farm/{farm}/sensor/{device}/up", device, at, 27.5));
        Assert.True(published.IsSuccess);
        await Eventually(async () =>
        {
            var series = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{device}/series?quantity=soil-moisture");
            return series.GetProperty("points").GetArrayLength() == 1 && series.GetProperty("points")[0].GetProperty("v").GetDouble() == 27.5;
        });

        // The broker's ACL: a device publishes to its own topic only.
        var (_, other, _) = await app.RegisterDeviceAsync(farmer, "外部代理节点");
        var refused = await client.PublishAsync(Message($"farm/{farm}/sensor/{other}/up", other, at, 30));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, refused.ReasonCode);
        await client.DisconnectAsync();

        // The broker's password file: a wrong key does not connect.
        using var intruder = new MqttClientFactory().CreateMqttClient();
        var wrong = await intruder.ConnectAsync(Options(device, key[..^4] + "AAAA"));
        // Mosquitto 2.0 answers a bad password with "not authorized" (0x87) rather than 0x86.
        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, wrong.ResultCode);
        Assert.False(intruder.IsConnected);
        var otherSeries = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{other}/series?quantity=soil-moisture");
        Assert.Equal(0, otherSeries.GetProperty("points").GetArrayLength());
    }

    MqttClientOptions Options(Guid device, string key) =>
        new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId(device.ToString()).WithCredentials(device.ToString(), key)
            .WithProtocolVersion(MqttProtocolVersion.V500).Build();

    static MqttApplicationMessage Message(string topic, Guid device, DateTimeOffset at, double value) =>
        new MqttApplicationMessageBuilder().WithTopic(topic).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithPayload(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $$"""[{"bn":"{{device}}:","n":"soil-moisture","u":"%VWC","v":{{value}},"t":{{at.ToUnixTimeSeconds()}}}]"""))).Build();

    /// <summary>The broker and the app's account sync are other processes and timers: give them up to 15 s.</summary>
    static async Task Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition())
                    return;
            }
            catch (MQTTnet.Exceptions.MqttCommunicationException) when (clock.Elapsed < TimeSpan.FromSeconds(15))
            {
                // broker not listening yet
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), "not within 15 s");
            await Task.Delay(200);
        }
    }
}

/// <summary>A test that runs a real Mosquitto: skipped (and says why) when it is not installed.</summary>
public sealed class MosquittoFactAttribute : FactAttribute
{
    public const string Binary = "/usr/sbin/mosquitto";

    public MosquittoFactAttribute()
    {
        if (!File.Exists(Binary))
            Skip = "Needs Mosquitto (apt-get install mosquitto; test.sh does).";
    }
}
