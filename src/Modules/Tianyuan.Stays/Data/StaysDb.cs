namespace Tianyuan.Stays.Data;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Stays.Domain;

/// <summary>The Stays module's tables: listings, rates, the per-night inventory, bookings, calendar feeds and the guest loop.</summary>
class StaysDb(DbContextOptions options) : DbContext(options), IModuleDb
{
    public static string Module => "stays";

    public DbSet<Stay> Stays => Set<Stay>();

    public DbSet<UnitType> UnitTypes => Set<UnitType>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<SeasonRate> Seasons => Set<SeasonRate>();

    public DbSet<UnitNight> Nights => Set<UnitNight>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<Block> Blocks => Set<Block>();

    public DbSet<CalendarFeed> Feeds => Set<CalendarFeed>();

    public DbSet<FeedSyncLog> SyncLog => Set<FeedSyncLog>();

    public DbSet<DoorCode> DoorCodes => Set<DoorCode>();

    public DbSet<HousekeepingTask> Housekeeping => Set<HousekeepingTask>();

    public DbSet<StayMessage> Messages => Set<StayMessage>();

    public DbSet<Photo> Photos => Set<Photo>();

    public DbSet<Review> Reviews => Set<Review>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.Conventions(configurationBuilder, this);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ModuleModel.Begin(modelBuilder, this, Module);

        modelBuilder.Entity<Stay>(e =>
        {
            e.Property(s => s.RegionCode).HasMaxLength(12);
            e.Property(s => s.Kind).HasMaxLength(20);
            e.Property(s => s.NameZh).HasMaxLength(60);
            e.Property(s => s.NameEn).HasMaxLength(80);
            e.Property(s => s.DescriptionZh).HasMaxLength(2000);
            e.Property(s => s.DescriptionEn).HasMaxLength(3000);
            e.Property(s => s.Address).HasMaxLength(200);
            e.Property(s => s.CancellationPolicy).HasMaxLength(20);
            e.Property(s => s.ArrivalInstructions).HasMaxLength(1000);
            e.Property(s => s.HouseRules).HasMaxLength(1000);
            e.Property(s => s.Languages).HasMaxLength(40);
            e.Property(s => s.QuietHours).HasMaxLength(40);
            e.Property(s => s.Amenities).HasMaxLength(200);
            e.Ignore(s => s.AmenityList);
            e.HasIndex(s => s.RegionCode);
            e.HasIndex(s => s.OrganisationId);
            e.HasMany(s => s.UnitTypes).WithOne().HasForeignKey(u => u.StayId);
        });

        modelBuilder.Entity<UnitType>(e =>
        {
            e.Property(u => u.NameZh).HasMaxLength(40);
            e.Property(u => u.NameEn).HasMaxLength(60);
            e.HasIndex(u => u.FeedTokenHash).IsUnique();
            e.HasMany(u => u.Units).WithOne().HasForeignKey(u => u.UnitTypeId);
            e.HasMany(u => u.Seasons).WithOne().HasForeignKey(s => s.UnitTypeId);
            e.ToTable(t => t.HasCheckConstraint("ck_unit_type_prices",
                "\"BaseNightly\" > 0 AND \"ExtraGuestNightly\" >= 0 AND \"MaxGuests\" >= 1 AND \"BaseOccupancy\" >= 1 AND \"MinNights\" >= 1"));
        });

        modelBuilder.Entity<Unit>(e =>
        {
            e.Property(u => u.Label).HasMaxLength(20);
            e.Property(u => u.Housekeeping).HasMaxLength(12);
            e.HasIndex(u => new { u.UnitTypeId, u.Label }).IsUnique();
        });

        modelBuilder.Entity<SeasonRate>(e =>
        {
            e.Property(s => s.Name).HasMaxLength(40);
            e.ToTable(t => t.HasCheckConstraint("ck_season_range", "\"Until\" > \"From\" AND \"Nightly\" > 0"));
        });

        modelBuilder.Entity<UnitNight>(e =>
        {
            // The no-double-booking guarantee: one row per unit and night, whoever inserts it first.
            e.HasKey(n => new { n.UnitId, n.Night });
            e.HasIndex(n => n.BookingId);
            e.HasIndex(n => n.BlockId);
            e.HasIndex(n => n.Night);
            e.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId);
            e.ToTable(t => t.HasCheckConstraint("ck_night_owner", "(\"BookingId\" IS NULL) <> (\"BlockId\" IS NULL)"));
        });

        modelBuilder.Entity<Booking>(e =>
        {
            e.Property(b => b.GuestName).HasMaxLength(40);
            e.Property(b => b.GuestPhone).HasMaxLength(20);
            e.Property(b => b.Status).HasMaxLength(12);
            e.Property(b => b.PriceBreakdown).HasMaxLength(8000);
            e.Property(b => b.CancellationPolicy).HasMaxLength(20);
            e.Property(b => b.IdempotencyKey).HasMaxLength(100);
            e.Ignore(b => b.Nights);
            e.Ignore(b => b.HoldsNights);
            e.HasIndex(b => new { b.GuestUserId, b.IdempotencyKey }).IsUnique();
            e.HasIndex(b => new { b.StayId, b.CheckIn });
            e.HasIndex(b => new { b.UnitId, b.CheckIn });
            e.HasOne<Unit>().WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.ToTable(t => t.HasCheckConstraint("ck_booking_dates", "\"CheckOut\" > \"CheckIn\" AND \"Guests\" >= 1 AND \"Total\" >= 0"));
        });

        modelBuilder.Entity<Block>(e =>
        {
            e.Property(b => b.Source).HasMaxLength(10);
            e.Property(b => b.ExternalUid).HasMaxLength(300);
            e.Property(b => b.Summary).HasMaxLength(200);
            e.HasIndex(b => new { b.UnitId, b.Start });
            e.HasIndex(b => new { b.FeedId, b.ExternalUid });
            e.HasOne<Unit>().WithMany().HasForeignKey(b => b.UnitId);
            e.ToTable(t => t.HasCheckConstraint("ck_block_range", "\"End\" > \"Start\""));
        });

        modelBuilder.Entity<CalendarFeed>(e =>
        {
            e.Property(f => f.Name).HasMaxLength(40);
            e.Property(f => f.Url).HasMaxLength(1000);
            e.Property(f => f.LastError).HasMaxLength(500);
            e.HasIndex(f => f.NextPullAt);
            e.HasIndex(f => f.UnitId);
            e.HasOne<Unit>().WithMany().HasForeignKey(f => f.UnitId);
        });

        modelBuilder.Entity<FeedSyncLog>(e =>
        {
            e.Property(l => l.Error).HasMaxLength(500);
            e.HasIndex(l => new { l.FeedId, l.At });
        });

        modelBuilder.Entity<DoorCode>(e =>
        {
            e.Property(d => d.Provider).HasMaxLength(20);
            e.Property(d => d.Code).HasMaxLength(20);
            e.HasIndex(d => d.BookingId);
        });

        modelBuilder.Entity<HousekeepingTask>(e =>
        {
            e.Property(h => h.Checked).HasMaxLength(200);
            e.Property(h => h.CleanerName).HasMaxLength(40);
            e.Property(h => h.CleanerPhone).HasMaxLength(20);
            e.HasIndex(h => h.CleanerTokenHash).IsUnique();
            e.Ignore(h => h.IsOpen);
            e.HasIndex(h => new { h.StayId, h.Day });
            e.HasIndex(h => h.BookingId).IsUnique();
        });

        modelBuilder.Entity<StayMessage>(e =>
        {
            e.Property(m => m.Recipient).HasMaxLength(10);
            e.Property(m => m.Kind).HasMaxLength(40);
            e.Property(m => m.Arguments).HasMaxLength(1000);
            e.HasIndex(m => new { m.BookingId, m.CreatedAt });
            e.HasIndex(m => new { m.StayId, m.Recipient, m.CreatedAt });
        });

        modelBuilder.Entity<Photo>(e =>
        {
            e.Property(p => p.Caption).HasMaxLength(100);
            e.HasIndex(p => new { p.StayId, p.Position });
        });

        modelBuilder.Entity<Review>(e =>
        {
            e.Property(r => r.Direction).HasMaxLength(10);
            e.Property(r => r.Text).HasMaxLength(2000);
            e.Property(r => r.HiddenReason).HasMaxLength(200);
            e.HasIndex(r => new { r.BookingId, r.Direction }).IsUnique();
            e.HasIndex(r => new { r.StayId, r.CreatedAt });
            e.ToTable(t => t.HasCheckConstraint("ck_review_rating", "\"Rating\" BETWEEN 1 AND 5"));
        });

        ModuleModel.End(modelBuilder, Module);
    }
}

sealed class StaysDbSqlite(DbContextOptions<StaysDbSqlite> options) : StaysDb(options);

sealed class StaysDbPostgres(DbContextOptions<StaysDbPostgres> options) : StaysDb(options);

sealed class StaysDbSqliteFactory : SqliteDesignTimeFactory<StaysDbSqlite>;

sealed class StaysDbPostgresFactory : PostgresDesignTimeFactory<StaysDbPostgres>;
