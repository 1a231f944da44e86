namespace Tianyuan.Trace.Tests;

/// <summary>Finds ../shared/benchmarks beside the repository (walk up to Tianyuan.slnx); the files are read there, never copied.</summary>
static class SharedBenchmarks
{
    public static string Folder(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tianyuan.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine([dir?.FullName ?? throw new InvalidOperationException("Tianyuan.slnx not found above the test binaries"), "..", "shared", "benchmarks", .. parts]);
    }
}
