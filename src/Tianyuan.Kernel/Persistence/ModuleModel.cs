namespace Tianyuan.Kernel.Persistence;

using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tianyuan.Kernel.Jobs;
using Tianyuan.Kernel.Outbox;

/// <summary>
/// Model rules shared by every module's DbContext, as static helpers so contexts with another base class
/// (Identity's) can apply them too.
/// </summary>
public static class ModuleModel
{
    /// <summary>Call first in OnModelCreating: schema per module on PostgreSQL, the module's outbox and job leases.</summary>
    public static void Begin(ModelBuilder model, DbContext db, string module)
    {
        if (db.Database.IsNpgsql())
            model.HasDefaultSchema(module);
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable($"{module}_outbox");
            e.HasKey(m => m.Id);
            e.Property(m => m.Type).HasMaxLength(200);
            e.Property(m => m.LockedBy).HasMaxLength(200);
            e.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
        });
        model.Entity<JobLease>(e =>
        {
            e.ToTable($"{module}_job_lease");
            e.HasKey(l => l.Name);
            e.Property(l => l.Name).HasMaxLength(100);
            e.Property(l => l.Holder).HasMaxLength(200);
        });
    }

    /// <summary>Call last in OnModelCreating: tables not named explicitly get <c>{module}_{snake_case}</c>.</summary>
    public static void End(ModelBuilder model, string module)
    {
        foreach (var entity in model.Model.GetEntityTypes().Where(e => e.FindOwnership() is null))
        {
            // Names from DbSet properties are conventions too; only an explicit ToTable() is kept.
            if (((IConventionEntityType)entity).GetTableNameConfigurationSource() != ConfigurationSource.Explicit)
                entity.SetTableName($"{module}_{SnakeCase(entity.ClrType.Name)}");
        }
    }

    /// <summary>
    /// SQLite stores DateTimeOffset as text it cannot compare or sort; we store UTC ticks instead so range
    /// queries work the same on both providers, whatever offset a value or a query parameter carries.
    /// </summary>
    public static void Conventions(ModelConfigurationBuilder conventions, DbContext db)
    {
        if (db.Database.IsSqlite())
        {
            conventions.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            conventions.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }

    /// <summary>Instant ↔ UTC ticks; values come back in UTC, which is how we store time everywhere.</summary>
    sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
