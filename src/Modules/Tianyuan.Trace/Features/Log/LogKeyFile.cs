namespace Tianyuan.Trace.Features.Log;

using Microsoft.Extensions.Logging;
using Tianyuan.Trace.Log;

/// <summary>
/// Loads the checkpoint signing key. A configured path must exist: a missing file there is a deployment mistake, and
/// quietly making a new key would publish checkpoints auditors cannot tie to the old ones. Without a configured path
/// a key is generated once in the data folder (owner-only), which suits a village server and tests, with a warning.
/// </summary>
static class LogKeyFile
{
    public static CheckpointKey Load(LogSettings settings, ILogger logger)
    {
        if (!File.Exists(settings.KeyPath))
        {
            if (settings.KeyPathConfigured)
                throw new InvalidOperationException($"Trace:Log:KeyPath is '{settings.KeyPath}', but there is no such file.");
            Generate(settings);
            logger.LogWarning("Generated the transparency log's signing key at {Path}; production should provide its own key with Trace:Log:KeyPath and keep a copy off this server", settings.KeyPath);
        }

        return CheckpointKey.FromPrivateKeyFile(settings.Origin, settings.KeyPath);
    }

    static void Generate(LogSettings settings)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(settings.KeyPath)!);
        using var key = CheckpointKey.Generate(settings.Origin);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(settings.KeyPath, System.Text.Encoding.ASCII, options);
            writer.Write(key.PrivateKeyPem());
        }
        catch (IOException) when (File.Exists(settings.KeyPath))
        {
            // Another node sharing the data folder wrote it first; theirs is the key.
        }
    }
}
