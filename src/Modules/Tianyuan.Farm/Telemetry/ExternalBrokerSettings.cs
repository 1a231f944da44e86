namespace Tianyuan.Farm.Telemetry;

using Microsoft.Extensions.Configuration;

/// <summary>
/// Farm:Mqtt:Broker = "external" replaces the embedded broker with a Mosquitto the operator runs (ADR 0009).
/// Farm:Mqtt:External holds where it is, the app's own account on it, and the password and ACL files the app keeps
/// for it (with the pid file, so the app can tell Mosquitto to reload them). See docs/farm-mqtt.md.
/// </summary>
sealed record ExternalBrokerSettings(string Host, int Port, string ClientId, string Username, string Password,
    string? PasswordFile, string? AclFile, string? PidFile)
{
    /// <summary>The external broker's settings, or null when the embedded broker (the default) or no MQTT is configured.</summary>
    public static ExternalBrokerSettings? From(IConfiguration configuration)
    {
        if (string.Equals(configuration["Farm:Mqtt:Enabled"], "false", StringComparison.OrdinalIgnoreCase)
            || !string.Equals(configuration["Farm:Mqtt:Broker"], "external", StringComparison.OrdinalIgnoreCase))
            return null;
        var external = configuration.GetSection("Farm:Mqtt:External");
        var password = external["Password"];
        if (string.IsNullOrEmpty(password))
            throw new InvalidOperationException("Farm:Mqtt:Broker is external but Farm:Mqtt:External:Password (the app's own password on the broker) is not set.");
        return new ExternalBrokerSettings(external["Host"] ?? "127.0.0.1", external.GetValue<int?>("Port") ?? 1883,
            external["ClientId"] ?? "tianyuan-ingest", external["Username"] ?? "tianyuan-ingest", password,
            external["PasswordFile"], external["AclFile"], external["PidFile"]);
    }
}
