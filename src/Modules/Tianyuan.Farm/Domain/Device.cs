namespace Tianyuan.Farm.Domain;

/// <summary>
/// A sensor node or camera on a farm. It authenticates its readings with a key shown once at registration
/// (<c>dev_{prefix}_{secret}</c>); only the hash is kept.
/// </summary>
sealed class Device
{
    public const string KeyTag = "dev";

    /// <summary>The kinds the registration form offers; the API accepts these exact words.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["soil-moisture", "weather-station", "rain-gauge", "soil-ec", "camera", "gateway"];

    /// <summary>The resource key of a kind's name: soil-moisture → KindSoilMoisture.</summary>
    public static string KindTextKey(string kind) => "Kind" + string.Concat(kind.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    public Guid Id { get; init; }

    public Guid FarmId { get; init; }

    public Guid? PlotId { get; init; }

    public required string Name { get; set; }

    public required string Kind { get; init; }

    public required string KeyPrefix { get; init; }

    public required byte[] KeyHash { get; init; }

    /// <summary>
    /// The same key hashed the way Mosquitto checks passwords (see <see cref="Telemetry.MosquittoPassword"/>), for
    /// when an external broker authenticates devices (ADR 0009). Null for devices registered before it existed: they
    /// need a new key to use an external broker.
    /// </summary>
    public string? MqttPasswordHash { get; init; }

    public Guid RegisteredBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastSeenAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The per-quantity corrections (<see cref="Telemetry.Calibration"/>) as JSON; null when the device needs none.</summary>
    public string? CalibrationJson
    {
        get => calibrationJson;
        set
        {
            calibrationJson = value;
            calibrations = null;
        }
    }

    string? calibrationJson;
    IReadOnlyList<Telemetry.Calibration>? calibrations;

    /// <summary>The value as stored: corrected when this device has a calibration for the quantity. Parsed once per loaded device.</summary>
    public double Calibrate(string quantity, double value)
    {
        if (calibrationJson is null)
            return value;
        calibrations ??= Telemetry.Calibration.Read(calibrationJson);
        return calibrations.FirstOrDefault(c => c.Quantity == quantity) is { } line ? line.Apply(value) : value;
    }
}
