namespace Tianyuan.Kernel.Persistence;

/// <summary>
/// A module's DbContext. <see cref="Module"/> is the module's lower-case name: the prefix of its tables
/// (<c>regions_village</c>), its PostgreSQL schema and the name of its migrations history table.
/// </summary>
public interface IModuleDb
{
    static abstract string Module { get; }
}

/// <summary>Which module databases the host has, in registration order (the order migrations run in).</summary>
public sealed record ModuleDbRegistration(Type DbType, string Module);
