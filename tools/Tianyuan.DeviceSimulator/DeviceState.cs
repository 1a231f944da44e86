namespace Tianyuan.DeviceSimulator;

using System.Text.Json;

/// <summary>A simulated device as registered on the server. The key is the secret the server showed only once.</summary>
internal sealed record SimDevice(Guid Id, Guid FarmId, Guid PlotId, string Name, string Kind, string Key, int Seed);

/// <summary>
/// The state file keeps the registered devices, keys included, so a restarted simulator reuses the same devices
/// instead of registering new ones (the server can't show a key again). It is written with mode 600.
/// </summary>
internal static class DeviceState
{
    sealed record StateFile(string Url, List<SimDevice> Devices);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The devices saved for this server, or none when the file is missing or was made for another server.</summary>
    public static List<SimDevice> Load(string path, Uri url)
    {
        if (!File.Exists(path))
            return [];
        var state = JsonSerializer.Deserialize<StateFile>(File.ReadAllText(path), Json);
        return state is not null && state.Url == url.ToString() ? state.Devices : [];
    }

    public static void Save(string path, Uri url, List<SimDevice> devices)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(path, options))
            JsonSerializer.Serialize(file, new StateFile(url.ToString(), devices), Json);
        // UnixCreateMode applies only to a new file; an existing one keeps its mode unless set again.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
