namespace Tianyuan.Farm.Data;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Domain;
using Tianyuan.Kernel.Persistence;

/// <summary>The Farm module's tables: farm_farm, farm_plot, farm_device (telemetry comes with the ingest work).</summary>
class FarmDb(DbContextOptions options) : DbContext(options), IModuleDb
{
    public static string Module => "farm";

    public DbSet<Domain.Farm> Farms => Set<Domain.Farm>();

    public DbSet<Plot> Plots => Set<Plot>();

    public DbSet<Device> Devices => Set<Device>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.Conventions(configurationBuilder, this);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ModuleModel.Begin(modelBuilder, this, Module);

        modelBuilder.Entity<Domain.Farm>(e =>
        {
            e.Property(f => f.Name).HasMaxLength(80);
            e.Property(f => f.RegionCode).HasMaxLength(12);
            e.HasIndex(f => f.OrganisationId);
            e.HasIndex(f => f.RegionCode);
            e.HasMany(f => f.Plots).WithOne().HasForeignKey(p => p.FarmId);
        });

        modelBuilder.Entity<Plot>(e =>
        {
            e.Property(p => p.Name).HasMaxLength(40);
            e.Property(p => p.SoilType).HasMaxLength(40);
            e.Property(p => p.Crop).HasMaxLength(40);
            e.Ignore(p => p.AreaMu);
            e.HasIndex(p => new { p.FarmId, p.Name }).IsUnique();
            e.ToTable(t => t.HasCheckConstraint("ck_plot_water", "\"WiltingPoint\" >= 0 AND \"WiltingPoint\" < \"FieldCapacity\" AND \"FieldCapacity\" <= 1"));
        });

        modelBuilder.Entity<Device>(e =>
        {
            e.Property(d => d.Name).HasMaxLength(60);
            e.Property(d => d.Kind).HasMaxLength(30);
            e.Property(d => d.KeyPrefix).HasMaxLength(10);
            e.HasIndex(d => d.KeyPrefix).IsUnique();
            e.HasIndex(d => d.FarmId);
            e.HasOne<Domain.Farm>().WithMany().HasForeignKey(d => d.FarmId);
            e.HasOne<Plot>().WithMany().HasForeignKey(d => d.PlotId).OnDelete(DeleteBehavior.Restrict);
        });

        ModuleModel.End(modelBuilder, Module);
    }
}

sealed class FarmDbSqlite(DbContextOptions<FarmDbSqlite> options) : FarmDb(options);

sealed class FarmDbPostgres(DbContextOptions<FarmDbPostgres> options) : FarmDb(options);

sealed class FarmDbSqliteFactory : SqliteDesignTimeFactory<FarmDbSqlite>;

sealed class FarmDbPostgresFactory : PostgresDesignTimeFactory<FarmDbPostgres>;
