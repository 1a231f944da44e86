namespace Tianyuan.Trace.Features.Log;

using System.Globalization;
using Microsoft.Extensions.Configuration;
using Tianyuan.Kernel.Persistence;

/// <summary>
/// The transparency log's configuration (<c>Trace:Log:*</c>). The signing key lives in a PEM file, never in the
/// database, so a stolen backup cannot sign a forked history; when no path is configured the key sits beside the
/// SQLite file (the data folder) and is generated there on first start.
/// </summary>
sealed record LogSettings(string Origin, string KeyPath, bool KeyPathConfigured, TimeSpan CheckpointInterval, TimeSpan AppendInterval, Uri? WitnessUrl)
{
    public const string DefaultOrigin = "tianyuan.local/trace";
    public const string DefaultKeyFile = "trace-log-key.pem";

    public static LogSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Trace:Log");
        var configuredPath = section["KeyPath"];
        var dataFolder = Path.GetDirectoryName(DatabaseSettings.From(configuration).SqlitePath)!;
        var seconds = Seconds(section["CheckpointSeconds"], 60);
        var witness = section["WitnessUrl"] is { Length: > 0 } url
            ? Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : throw new InvalidOperationException($"Trace:Log:WitnessUrl '{url}' is not an absolute URL.")
            : null;
        return new LogSettings(
            section["Origin"] is { Length: > 0 } origin ? origin : DefaultOrigin,
            string.IsNullOrWhiteSpace(configuredPath) ? Path.Combine(dataFolder, DefaultKeyFile) : Path.GetFullPath(configuredPath),
            !string.IsNullOrWhiteSpace(configuredPath),
            TimeSpan.FromSeconds(seconds),
            TimeSpan.FromSeconds(Seconds(section["AppendSeconds"], 2)),
            witness);
    }

    static int Seconds(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : fallback;
}
