namespace Tianyuan.Market.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tianyuan.Kernel.Persistence;
using Tianyuan.Market.Domain;

/// <summary>The Market module's tables: catalogue and stock, orders and payments, group-buy points and campaigns.</summary>
class MarketDb(DbContextOptions options) : DbContext(options), IModuleDb
{
    public static string Module => "market";

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<StockLot> Lots => Set<StockLot>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<OrderEvent> OrderEvents => Set<OrderEvent>();

    public DbSet<OrderRefund> Refunds => Set<OrderRefund>();

    public DbSet<PickupPoint> PickupPoints => Set<PickupPoint>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignItem> CampaignItems => Set<CampaignItem>();

    public DbSet<PaymentIntent> PaymentIntents => Set<PaymentIntent>();

    public DbSet<ProviderEvent> ProviderEvents => Set<ProviderEvent>();

    public DbSet<Setting> Settings => Set<Setting>();

    public DbSet<OrderRefundLine> RefundLines => Set<OrderRefundLine>();

    public DbSet<OrderInvoice> Invoices => Set<OrderInvoice>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintPhoto> ComplaintPhotos => Set<ComplaintPhoto>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.Conventions(configurationBuilder, this);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ModuleModel.Begin(modelBuilder, this, Module);

        modelBuilder.Entity<Product>(e =>
        {
            e.Property(p => p.RegionCode).HasMaxLength(12);
            e.Property(p => p.NameZh).HasMaxLength(40);
            e.Property(p => p.NameEn).HasMaxLength(80);
            e.Property(p => p.DescriptionZh).HasMaxLength(2000);
            e.Property(p => p.DescriptionEn).HasMaxLength(3000);
            e.Property(p => p.Category).HasMaxLength(20);
            e.Property(p => p.Storage).HasMaxLength(10);
            e.Property(p => p.GradingStandard).HasMaxLength(100);
            e.Property(p => p.Gtin).HasMaxLength(14);
            e.Ignore(p => p.BestBefore);
            e.HasIndex(p => p.OrganisationId);
            e.HasIndex(p => p.RegionCode);
            e.HasMany(p => p.Offers).WithOne().HasForeignKey(o => o.ProductId);
            e.ToTable(t => t.HasCheckConstraint("ck_product_shelf_life", "\"ShelfLifeDays\" >= 0"));
        });

        modelBuilder.Entity<Offer>(e =>
        {
            e.Property(o => o.NameZh).HasMaxLength(60);
            e.Property(o => o.NameEn).HasMaxLength(100);
            e.Property(o => o.Grade).HasMaxLength(20);
            e.Property(o => o.Size).HasMaxLength(30);
            e.Property(o => o.Packaging).HasMaxLength(30);
            e.Property(o => o.Unit).HasMaxLength(10);
            e.Ignore(o => o.SaleUnit);
            e.Ignore(o => o.Price);
            Quantity(e.Property(o => o.MinQuantity));
            Quantity(e.Property(o => o.Step));
            Quantity(e.Property(o => o.Available));
            Quantity(e.Property(o => o.Reserved));
            // The no-oversell guarantee's last line: whatever code runs, stock never goes negative.
            e.ToTable(t => t.HasCheckConstraint("ck_offer_stock",
                "\"Available\" >= 0 AND \"Reserved\" >= 0 AND \"UnitPrice\" > 0 AND \"Step\" > 0 AND \"MinQuantity\" > 0"));
        });

        modelBuilder.Entity<StockLot>(e =>
        {
            e.Property(l => l.LotCode).HasMaxLength(20);
            Quantity(e.Property(l => l.Quantity));
            Quantity(e.Property(l => l.Remaining));
            e.HasIndex(l => new { l.OfferId, l.LotCode }).IsUnique();
            e.HasOne<Offer>().WithMany().HasForeignKey(l => l.OfferId);
            e.ToTable(t => t.HasCheckConstraint("ck_lot_remaining", "\"Remaining\" >= 0 AND \"Remaining\" <= \"Quantity\""));
        });

        modelBuilder.Entity<Order>(e =>
        {
            e.Property(o => o.Number).HasMaxLength(20);
            e.Property(o => o.Status).HasMaxLength(16);
            e.Property(o => o.ContactName).HasMaxLength(40);
            e.Property(o => o.ContactPhone).HasMaxLength(20);
            e.Property(o => o.DeliveryAddress).HasMaxLength(200);
            e.Property(o => o.PaymentMethod).HasMaxLength(20);
            e.Property(o => o.PickupCode).HasMaxLength(6);
            e.Property(o => o.ParcelToken).HasMaxLength(40);
            e.Property(o => o.IdempotencyKey).HasMaxLength(100);
            e.Ignore(o => o.HoldsStock);
            e.Ignore(o => o.Shipped);
            e.HasIndex(o => o.Number).IsUnique();
            e.HasIndex(o => o.ParcelToken).IsUnique();
            e.HasIndex(o => new { o.CustomerUserId, o.IdempotencyKey }).IsUnique();
            e.HasIndex(o => new { o.CustomerUserId, o.CreatedAt });
            e.HasIndex(o => new { o.CampaignId, o.PickupPointId });
            e.HasIndex(o => o.CreatedAt);
            // Refunded <= Total is kept by the refund code: SQLite stores decimals as text, so a check comparing two
            // money columns would compare strings there.
            e.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId);
            e.HasOne<Campaign>().WithMany().HasForeignKey(o => o.CampaignId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<PickupPoint>().WithMany().HasForeignKey(o => o.PickupPointId).OnDelete(DeleteBehavior.Restrict);
            e.ToTable(t => t.HasCheckConstraint("ck_order_money",
                "\"Subtotal\" >= 0 AND \"Discount\" >= 0 AND \"Total\" >= 0 AND \"Refunded\" >= 0"));
        });

        modelBuilder.Entity<OrderLine>(e =>
        {
            e.Property(l => l.NameZh).HasMaxLength(110);
            e.Property(l => l.Unit).HasMaxLength(10);
            e.Property(l => l.LotCode).HasMaxLength(20);
            Quantity(e.Property(l => l.Quantity));
            Quantity(e.Property(l => l.ReturnedQuantity));
            e.HasIndex(l => new { l.OrganisationId, l.OrderId });
            e.HasIndex(l => l.OfferId);
            e.HasOne<Offer>().WithMany().HasForeignKey(l => l.OfferId).OnDelete(DeleteBehavior.Restrict);
            e.ToTable(t => t.HasCheckConstraint("ck_order_line", "\"Quantity\" > 0 AND \"ReturnedQuantity\" >= 0 AND \"ReturnedQuantity\" <= \"Quantity\""));
        });

        modelBuilder.Entity<OrderEvent>(e =>
        {
            e.Property(h => h.Status).HasMaxLength(16);
            e.Property(h => h.Note).HasMaxLength(200);
            e.HasIndex(h => new { h.OrderId, h.At });
        });

        modelBuilder.Entity<OrderRefund>(e =>
        {
            e.Property(r => r.Reason).HasMaxLength(40);
            e.HasIndex(r => r.OrderId);
            e.ToTable(t => t.HasCheckConstraint("ck_refund_amount", "\"Amount\" > 0"));
        });

        modelBuilder.Entity<PickupPoint>(e =>
        {
            e.Property(p => p.RegionCode).HasMaxLength(12);
            e.Property(p => p.NameZh).HasMaxLength(40);
            e.Property(p => p.Community).HasMaxLength(40);
            e.Property(p => p.Address).HasMaxLength(200);
            e.Property(p => p.OpeningHours).HasMaxLength(60);
            e.Property(p => p.LeaderName).HasMaxLength(40);
            e.Property(p => p.LeaderPhone).HasMaxLength(20);
            e.HasIndex(p => p.OrganisationId);
            e.ToTable(t => t.HasCheckConstraint("ck_point", "\"Capacity\" >= 1 AND \"CommissionRate\" >= 0 AND \"CommissionRate\" <= 0.3"));
        });

        modelBuilder.Entity<Campaign>(e =>
        {
            e.Property(c => c.RegionCode).HasMaxLength(12);
            e.Property(c => c.TitleZh).HasMaxLength(60);
            e.Property(c => c.TitleEn).HasMaxLength(100);
            e.Property(c => c.Status).HasMaxLength(12);
            e.Property(c => c.ShareToken).HasMaxLength(40);
            e.HasIndex(c => c.ShareToken).IsUnique();
            e.HasIndex(c => new { c.Status, c.CutOffAt });
            e.HasIndex(c => c.OrganisationId);
            e.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CampaignId);
            e.ToTable(t => t.HasCheckConstraint("ck_campaign_times", "\"CutOffAt\" > \"OpensAt\" AND \"MinGroupSize\" >= 1 AND \"OrderCount\" >= 0"));
        });

        modelBuilder.Entity<CampaignItem>(e =>
        {
            e.HasKey(i => new { i.CampaignId, i.OfferId });
            e.HasOne<Offer>().WithMany().HasForeignKey(i => i.OfferId).OnDelete(DeleteBehavior.Restrict);
            e.ToTable(t => t.HasCheckConstraint("ck_campaign_price", "\"GroupPrice\" > 0"));
        });

        AfterSalesModel.Configure(modelBuilder);

        ModuleModel.End(modelBuilder, Module);
    }

    /// <summary>
    /// Quantities are stored as whole thousandths of their unit (1.5 kg → 1500): SQLite has no decimal type, and
    /// integers compare, add and sum exactly on both databases, which the stock updates and manifests rely on.
    /// </summary>
    internal static void Quantity(PropertyBuilder<decimal> property) =>
        property.HasConversion(q => (long)(q * 1000m), milli => milli / 1000m);
}

sealed class MarketDbSqlite(DbContextOptions<MarketDbSqlite> options) : MarketDb(options);

sealed class MarketDbPostgres(DbContextOptions<MarketDbPostgres> options) : MarketDb(options);

sealed class MarketDbSqliteFactory : SqliteDesignTimeFactory<MarketDbSqlite>;

sealed class MarketDbPostgresFactory : PostgresDesignTimeFactory<MarketDbPostgres>;
