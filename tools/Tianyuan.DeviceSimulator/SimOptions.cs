namespace Tianyuan.DeviceSimulator;

using System.Globalization;

/// <summary>Command-line options. Unknown or malformed options are an error, so a typo never runs a different test.</summary>
internal sealed record SimOptions
{
    public Uri Url { get; init; } = new("http://localhost:5080");
    public int Devices { get; init; } = 20;
    public int IntervalSeconds { get; init; } = 60;
    public string Transport { get; init; } = "mqtt";
    public int MqttPort { get; init; } = 1883;
    public int? DurationSeconds { get; init; }
    public double Duplicates { get; init; }
    public double Late { get; init; }
    public int JitterSeconds { get; init; }
    public int BackfillDays { get; init; }
    public string Email { get; init; } = "farmer@demo.tianyuan.cn";
    public string Password { get; init; } = "Tianyuan-demo-2026";
    public string StatePath { get; init; } = "sim-devices.json";

    public const string Usage = """
        Usage: Tianyuan.DeviceSimulator --url http://localhost:5080 --devices 20 --interval 60 --transport mqtt|http
               [--mqtt-port 1883] [--duration SECONDS] [--duplicates 0.02] [--late 0.01] [--jitter 5]
               [--backfill-days 0] [--email farmer@demo.tianyuan.cn --password ...] [--state sim-devices.json]
        """;

    /// <summary>Parses the arguments, or returns an error message.</summary>
    public static (SimOptions? Options, string? Error) Parse(string[] args)
    {
        var o = new SimOptions();
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value.");
                i++;
                o = args[i - 1] switch
                {
                    "--url" => o with { Url = new Uri(value) },
                    "--devices" => o with { Devices = Positive(value) },
                    "--interval" => o with { IntervalSeconds = Positive(value) },
                    "--transport" => o with { Transport = value is "mqtt" or "http" ? value : throw new FormatException("--transport is mqtt or http.") },
                    "--mqtt-port" => o with { MqttPort = Positive(value) },
                    "--duration" => o with { DurationSeconds = Positive(value) },
                    "--duplicates" => o with { Duplicates = Probability(value) },
                    "--late" => o with { Late = Probability(value) },
                    "--jitter" => o with { JitterSeconds = int.Parse(value, CultureInfo.InvariantCulture) is >= 0 and var j ? j : throw new FormatException("--jitter is 0 or more.") },
                    "--backfill-days" => o with { BackfillDays = int.Parse(value, CultureInfo.InvariantCulture) is >= 0 and var d ? d : throw new FormatException("--backfill-days is 0 or more.") },
                    "--email" => o with { Email = value },
                    "--password" => o with { Password = value },
                    "--state" => o with { StatePath = value },
                    _ => throw new FormatException($"Unknown option {args[i - 1]}."),
                };
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException) // UriFormatException is a FormatException
        {
            return (null, e.Message);
        }

        return (o, null);
    }

    static int Positive(string value) =>
        int.Parse(value, CultureInfo.InvariantCulture) is > 0 and var n ? n : throw new FormatException($"{value} must be a positive number.");

    static double Probability(string value) =>
        double.Parse(value, CultureInfo.InvariantCulture) is >= 0 and <= 1 and var p ? p : throw new FormatException($"{value} must be between 0 and 1.");
}
