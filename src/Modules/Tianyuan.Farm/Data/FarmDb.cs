namespace Tianyuan.Farm.Data;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Domain;
using Tianyuan.Kernel.Persistence;

/// <summary>The Farm module's tables: farms, plots, devices, readings with their hourly and daily rollups, quarantine, alerts and their deliveries, the diary, plantings, degree-day rules, imported weather, camera snapshots of plots.</summary>
class FarmDb(DbContextOptions options) : DbContext(options), IModuleDb
{
    public static string Module => "farm";

    public DbSet<Domain.Farm> Farms => Set<Domain.Farm>();

    public DbSet<Plot> Plots => Set<Plot>();

    public DbSet<Device> Devices => Set<Device>();

    public DbSet<Reading> Readings => Set<Reading>();

    public DbSet<QuarantinedReading> Quarantine => Set<QuarantinedReading>();

    public DbSet<FarmAlert> Alerts => Set<FarmAlert>();

    public DbSet<DiaryEntry> Diary => Set<DiaryEntry>();

    public DbSet<AdoptionPlan> AdoptionPlans => Set<AdoptionPlan>();

    public DbSet<Adoption> Adoptions => Set<Adoption>();
    public DbSet<Planting> Plantings => Set<Planting>();

    public DbSet<PestRule> PestRules => Set<PestRule>();

    public DbSet<WeatherDay> Weather => Set<WeatherDay>();

    public DbSet<AlertDelivery> Deliveries => Set<AlertDelivery>();

    public DbSet<CameraSnapshot> Snapshots => Set<CameraSnapshot>();

    /// <summary>Hourly rollups (table farm_reading_hourly).</summary>
    public IQueryable<ReadingRollup> Hourly => Set<ReadingRollup>(HourlyEntity);

    /// <summary>Daily rollups (table farm_reading_daily).</summary>
    public IQueryable<ReadingRollup> Daily => Set<ReadingRollup>(DailyEntity);

    internal const string HourlyEntity = "HourlyRollup";
    internal const string DailyEntity = "DailyRollup";

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
            e.Property(d => d.CalibrationJson).HasMaxLength(2000);
            e.Property(d => d.MqttPasswordHash).HasMaxLength(200);
            e.HasIndex(d => d.KeyPrefix).IsUnique();
            e.HasIndex(d => d.FarmId);
            e.HasOne<Domain.Farm>().WithMany().HasForeignKey(d => d.FarmId);
            e.HasOne<Plot>().WithMany().HasForeignKey(d => d.PlotId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<AdoptionPlan>(e =>
        {
            e.Property(p => p.Kind).HasMaxLength(12);
            e.Property(p => p.NameZh).HasMaxLength(40);
            e.Property(p => p.DescriptionZh).HasMaxLength(500);
            e.Property(p => p.YieldUnit).HasMaxLength(10);
            e.Property(p => p.StreamUrl).HasMaxLength(300);
            e.HasIndex(p => p.FarmId);
            e.HasIndex(p => p.MarketOfferId).IsUnique();
            e.HasOne<Plot>().WithMany().HasForeignKey(p => p.PlotId).OnDelete(DeleteBehavior.Restrict);
            e.ToTable(t => t.HasCheckConstraint("ck_adoption_plan", "\"Units\" >= 1 AND \"SeasonUntil\" > \"SeasonFrom\""));
        });

        modelBuilder.Entity<Adoption>(e =>
        {
            // One adoption per unit of an order (retried deliveries of the order event find it), one family per tree.
            e.HasIndex(a => new { a.OrderId, a.PlanId, a.Seq }).IsUnique();
            e.HasIndex(a => new { a.PlanId, a.UnitNumber }).IsUnique().HasFilter("\"ReleasedAt\" IS NULL");
            e.HasIndex(a => a.CustomerUserId);
            e.HasOne<AdoptionPlan>().WithMany().HasForeignKey(a => a.PlanId);
        });

        modelBuilder.Entity<Reading>(e =>
        {
            e.ToTable("farm_reading");
            e.HasKey(r => new { r.SensorId, r.Quantity, r.Time });
            e.Property(r => r.Quantity).HasMaxLength(40);
            e.Property(r => r.Unit).HasMaxLength(10);
        });

        // The same shape twice (hour and day), as shared-type entities on two tables.
        foreach (var (entity, table) in new[] { (HourlyEntity, "farm_reading_hourly"), (DailyEntity, "farm_reading_daily") })
        {
            modelBuilder.SharedTypeEntity<ReadingRollup>(entity, e =>
            {
                e.ToTable(table);
                e.HasKey(r => new { r.SensorId, r.Quantity, r.Start });
                e.Property(r => r.Quantity).HasMaxLength(40);
            });
        }

        modelBuilder.Entity<QuarantinedReading>(e =>
        {
            e.Property(q => q.Name).HasMaxLength(120);
            e.Property(q => q.Unit).HasMaxLength(10);
            e.Property(q => q.Reason).HasMaxLength(200);
            e.HasIndex(q => new { q.SensorId, q.ReceivedAt });
        });

        modelBuilder.Entity<FarmAlert>(e =>
        {
            e.Property(a => a.Kind).HasMaxLength(20);
            e.Property(a => a.Key).HasMaxLength(120);
            e.HasMany(a => a.Deliveries).WithOne().HasForeignKey(d => d.AlertId);
            // At most one open alert per condition, whichever node's sweep raises it.
            e.HasIndex(a => a.Key).IsUnique().HasFilter("\"ResolvedAt\" IS NULL");
            e.HasIndex(a => new { a.FarmId, a.RaisedAt });
        });

        modelBuilder.Entity<DiaryEntry>(e =>
        {
            e.Property(d => d.Kind).HasMaxLength(20);
            e.Property(d => d.Product).HasMaxLength(80);
            e.Property(d => d.Amount).HasMaxLength(40);
            e.Property(d => d.Pest).HasMaxLength(40);
            e.Property(d => d.Note).HasMaxLength(500);
            e.Property(d => d.Lot).HasMaxLength(20);
            e.Property(d => d.Gtin).HasMaxLength(14);
            e.HasIndex(d => new { d.FarmId, d.Day });
            e.HasOne<Domain.Farm>().WithMany().HasForeignKey(d => d.FarmId);
        });

        modelBuilder.Entity<Planting>(e =>
        {
            e.Property(p => p.Crop).HasMaxLength(20);
            e.Property(p => p.Variety).HasMaxLength(40);
            e.HasIndex(p => new { p.PlotId, p.StartedOn });
            e.HasOne<Plot>().WithMany().HasForeignKey(p => p.PlotId);
        });

        modelBuilder.Entity<PestRule>(e =>
        {
            e.Property(r => r.Pest).HasMaxLength(40);
            e.Property(r => r.Stage).HasMaxLength(60);
            e.Property(r => r.Advice).HasMaxLength(120);
            e.HasIndex(r => r.FarmId);
            e.HasOne<Domain.Farm>().WithMany().HasForeignKey(r => r.FarmId);
            e.ToTable(t => t.HasCheckConstraint("ck_pest_rule_thresholds", "\"LowerC\" < \"UpperC\" AND \"ThresholdDd\" > 0"));
        });

        modelBuilder.Entity<WeatherDay>(e =>
        {
            e.HasKey(w => new { w.FarmId, w.Day });
            e.HasOne<Domain.Farm>().WithMany().HasForeignKey(w => w.FarmId);
            e.ToTable(t => t.HasCheckConstraint("ck_weather_day_range", "\"TMinC\" <= \"TMaxC\""));
        });

        modelBuilder.Entity<AlertDelivery>(e =>
        {
            e.Property(d => d.Channel).HasMaxLength(20);
            e.Property(d => d.Status).HasMaxLength(20);
            e.Property(d => d.Detail).HasMaxLength(200);
            e.HasIndex(d => d.AlertId);
        });

        modelBuilder.Entity<CameraSnapshot>(e =>
        {
            // The adopter's gallery and the retention both read a plot's newest first.
            e.HasIndex(s => new { s.PlotId, s.TakenAt });
            e.HasOne<Plot>().WithMany().HasForeignKey(s => s.PlotId);
            e.HasOne<Device>().WithMany().HasForeignKey(s => s.DeviceId).OnDelete(DeleteBehavior.SetNull);
        });

        ModuleModel.End(modelBuilder, Module);
    }
}

sealed class FarmDbSqlite(DbContextOptions<FarmDbSqlite> options) : FarmDb(options);

sealed class FarmDbPostgres(DbContextOptions<FarmDbPostgres> options) : FarmDb(options);

sealed class FarmDbSqliteFactory : SqliteDesignTimeFactory<FarmDbSqlite>;

sealed class FarmDbPostgresFactory : PostgresDesignTimeFactory<FarmDbPostgres>;
