namespace Tianyuan.Trace.Data;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Trace.Domain;

/// <summary>The Trace module's tables: EPCIS events with the identifiers they name, capture jobs, the transparency log, named queries and their subscriptions, consumer scans and their alerts, and the certificate photos of inputs.</summary>
class TraceDb(DbContextOptions options) : DbContext(options), IModuleDb
{
    public static string Module => "trace";

    public DbSet<EpcisEvent> Events => Set<EpcisEvent>();

    public DbSet<EpcisEventEpc> EventEpcs => Set<EpcisEventEpc>();

    public DbSet<CaptureJob> CaptureJobs => Set<CaptureJob>();

    public DbSet<LogLeafRecord> LogLeaves => Set<LogLeafRecord>();

    public DbSet<LogNode> LogNodes => Set<LogNode>();

    public DbSet<LogPendingEvent> LogPending => Set<LogPendingEvent>();

    public DbSet<LogHead> LogHeads => Set<LogHead>();

    public DbSet<LogCheckpoint> LogCheckpoints => Set<LogCheckpoint>();

    public DbSet<Scan> Scans => Set<Scan>();

    public DbSet<NamedQuery> NamedQueries => Set<NamedQuery>();

    public DbSet<QuerySubscription> QuerySubscriptions => Set<QuerySubscription>();

    public DbSet<ScanAlert> ScanAlerts => Set<ScanAlert>();

    public DbSet<InputCertificate> InputCertificates => Set<InputCertificate>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.Conventions(configurationBuilder, this);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ModuleModel.Begin(modelBuilder, this, Module);

        modelBuilder.Entity<EpcisEvent>(e =>
        {
            e.Property(x => x.HashId).HasMaxLength(120);
            e.Property(x => x.EventId).HasMaxLength(500);
            e.Property(x => x.Type).HasMaxLength(40);
            e.Property(x => x.EventTimeZoneOffset).HasMaxLength(6);
            e.Property(x => x.Action).HasMaxLength(10);
            e.Property(x => x.BizStep).HasMaxLength(500);
            e.Property(x => x.Disposition).HasMaxLength(500);
            e.Property(x => x.ReadPoint).HasMaxLength(500);
            e.Property(x => x.BizLocation).HasMaxLength(500);
            // The duplicate check every capturing node relies on.
            e.HasIndex(x => x.HashId).IsUnique();
            e.HasIndex(x => x.EventId);
            // Keyset pagination walks (time, hash) in either order.
            e.HasIndex(x => new { x.EventTime, x.HashId });
            e.HasIndex(x => new { x.RecordTime, x.HashId });
            e.HasIndex(x => x.BizStep);
            e.HasIndex(x => x.BizLocation);
            e.HasIndex(x => x.ReadPoint);
            e.HasIndex(x => x.CaptureId);
            e.HasMany(x => x.Epcs).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<EpcisEventEpc>(e =>
        {
            e.HasKey(x => new { x.EventId, x.Role, x.Epc });
            e.Property(x => x.Role).HasMaxLength(20);
            e.Property(x => x.Epc).HasMaxLength(500);
            e.HasIndex(x => new { x.Epc, x.Role });
        });

        modelBuilder.Entity<CaptureJob>(e =>
        {
            e.Property(x => x.ErrorBehaviour).HasMaxLength(10);
            e.HasIndex(x => x.CreatedAt);
        });

        modelBuilder.Entity<LogLeafRecord>(e =>
        {
            e.ToTable("trace_log_leaf", t => t.HasCheckConstraint("ck_trace_log_leaf_index", "\"Index\" >= 0"));
            e.HasKey(x => x.Index);
            e.Property(x => x.Index).ValueGeneratedNever();
            e.Property(x => x.LeafHash).HasMaxLength(32);
            e.Property(x => x.HashId).HasMaxLength(120);
            e.HasIndex(x => x.HashId).IsUnique();
            e.HasIndex(x => x.EventId).IsUnique();
            e.HasOne<EpcisEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<LogPendingEvent>(e =>
        {
            e.ToTable("trace_log_pending");
            e.HasKey(x => x.Seq);
            e.Property(x => x.Seq).ValueGeneratedOnAdd();
            e.Property(x => x.HashId).HasMaxLength(120);
            e.HasIndex(x => x.EventId).IsUnique();
            e.HasOne<EpcisEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<LogNode>(e =>
        {
            e.ToTable("trace_log_node");
            e.HasKey(x => new { x.Level, x.Index });
            e.Property(x => x.Hash).HasMaxLength(32);
        });

        modelBuilder.Entity<LogHead>(e =>
        {
            // A single row, created by the migration, so there is always a row to lock.
            e.ToTable("trace_log_head", t => t.HasCheckConstraint("ck_trace_log_head_only", $"\"Id\" = {LogHead.Only}"));
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasData(new LogHead { Id = LogHead.Only, Size = 0 });
        });

        modelBuilder.Entity<LogCheckpoint>(e =>
        {
            e.ToTable("trace_log_checkpoint");
            e.HasKey(x => x.Size);
            e.Property(x => x.Size).ValueGeneratedNever();
            e.Property(x => x.RootHash).HasMaxLength(32);
            e.Property(x => x.Note).HasMaxLength(4000);
        });

        modelBuilder.Entity<NamedQuery>(e =>
        {
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.ParametersJson).HasMaxLength(20000);
            e.HasMany(x => x.Subscriptions).WithOne().HasForeignKey(x => x.QueryName).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<QuerySubscription>(e =>
        {
            e.Property(x => x.QueryName).HasMaxLength(100);
            e.Property(x => x.Dest).HasMaxLength(2000);
            e.Property(x => x.SignatureToken).HasMaxLength(2000);
            e.Property(x => x.AfterHashId).HasMaxLength(120);
            e.Property(x => x.LastError).HasMaxLength(500);
            // The delivery job looks for the subscriptions that are due.
            e.HasIndex(x => x.NextAttemptAt);
        });

        modelBuilder.Entity<Scan>(e =>
        {
            e.Property(x => x.Gtin).HasMaxLength(14);
            e.Property(x => x.Serial).HasMaxLength(20);
            e.Property(x => x.Source).HasMaxLength(64);
            // The counterfeit check counts one serial's distinct sources in a recent window.
            e.HasIndex(x => new { x.Gtin, x.Serial, x.ScannedAt });
        });

        modelBuilder.Entity<ScanAlert>(e =>
        {
            e.Property(x => x.Gtin).HasMaxLength(14);
            e.Property(x => x.Serial).HasMaxLength(20);
            // Two app nodes seeing the threshold crossed at once still raise one alert.
            e.HasIndex(x => new { x.Gtin, x.Serial }).IsUnique();
        });

        modelBuilder.Entity<InputCertificate>(e =>
        {
            // Content-addressed: the same photo uploaded twice is one row.
            e.HasKey(x => x.Sha256);
            e.Property(x => x.Sha256).HasMaxLength(64);
        });

        ModuleModel.End(modelBuilder, Module);
    }
}

sealed class TraceDbSqlite(DbContextOptions<TraceDbSqlite> options) : TraceDb(options);

sealed class TraceDbPostgres(DbContextOptions<TraceDbPostgres> options) : TraceDb(options);

sealed class TraceDbSqliteFactory : SqliteDesignTimeFactory<TraceDbSqlite>;

sealed class TraceDbPostgresFactory : PostgresDesignTimeFactory<TraceDbPostgres>;
