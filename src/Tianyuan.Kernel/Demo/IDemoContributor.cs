namespace Tianyuan.Kernel.Demo;

/// <summary>
/// A module's part of the demo region. Contributors run in <see cref="Order"/>; each adds its own data and
/// may read what earlier ones added through their Contracts (people, villages, organisations).
/// </summary>
public interface IDemoContributor
{
    int Order { get; }

    /// <summary>True when this module already holds data; the demo is seeded only into an all-empty database.</summary>
    Task<bool> HasDataAsync(CancellationToken ct);

    Task SeedAsync(DemoSeed seed, CancellationToken ct);

    /// <summary>
    /// Demo mode is off but the database may come from a demo: make its published credentials useless.
    /// Modules without credentials have nothing to do.
    /// </summary>
    Task RetireAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>The demo's seed number; the same number always gives the same county, names and coordinates.</summary>
public sealed record DemoSeed(int Number)
{
    public const int Default = 2026;

    /// <summary>
    /// A random source per module, so one module's changes do not reshuffle another's data. Derived by plain
    /// arithmetic: HashCode.Combine is randomised per process and would give another county on every start.
    /// </summary>
    public Random RandomFor(string module) => new(unchecked((Number * 397) ^ StableHash(module)));

    static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
            hash = unchecked((hash * 31) + c);
        return hash;
    }
}
