namespace Tianyuan.Kernel.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a module's SQLite model without the web host
/// (see docs/operations.md, "Adding a migration").
/// </summary>
public abstract class SqliteDesignTimeFactory<TDb> : IDesignTimeDbContextFactory<TDb>
    where TDb : DbContext, IModuleDb
{
    public TDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDb>();
        ModuleDbRegistrationExtensions.Configure<TDb>(options,
            new DatabaseSettings(DatabaseProvider.Sqlite, "design-time.db", null, false), null);
        return (TDb)Activator.CreateInstance(typeof(TDb), options.Options)!;
    }
}

/// <summary>The PostgreSQL counterpart; no server is contacted while a migration is generated.</summary>
public abstract class PostgresDesignTimeFactory<TDb> : IDesignTimeDbContextFactory<TDb>
    where TDb : DbContext, IModuleDb
{
    public TDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDb>();
        ModuleDbRegistrationExtensions.Configure<TDb>(options,
            new DatabaseSettings(DatabaseProvider.Postgres, "", "Host=localhost;Database=design_time", false), null);
        return (TDb)Activator.CreateInstance(typeof(TDb), options.Options)!;
    }
}
