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

    public DbSet<ManifestPointLine> ManifestPointLines => Set<ManifestPointLine>();

    public DbSet<ManifestFarmLine> ManifestFarmLines => Set<ManifestFarmLine>();
    public DbSet<Coupon> Coupons => Set<Coupon>();

    public DbSet<CouponRedemption> CouponRedemptions => Set<CouponRedemption>();

    public DbSet<Bundle> Bundles => Set<Bundle>();

    public DbSet<PreSale> PreSales => Set<PreSale>();

    public DbSet<PreOrder> PreOrders => Set<PreOrder>();

    public DbSet<ProductReview> Reviews => Set<ProductReview>();
    public DbSet<PaymentIntent> PaymentIntents => Set<PaymentIntent>();

    public DbSet<ProviderEvent> ProviderEvents => Set<ProviderEvent>();

    public DbSet<Setting> Settings => Set<Setting>();

    public DbSet<OrderRefundLine> RefundLines => Set<OrderRefundLine>();

    public DbSet<OrderInvoice> Invoices => Set<OrderInvoice>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintPhoto> ComplaintPhotos => Set<ComplaintPhoto>();

    public DbSet<ProductPhoto> ProductPhotos => Set<ProductPhoto>();

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
            // The leader's commission statement: a point's completed orders by month.
            e.HasIndex(o => new { o.PickupPointId, o.CompletedAt });
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

        modelBuilder.Entity<ManifestPointLine>(e =>
        {
            e.HasKey(l => new { l.CampaignId, l.PickupPointId, l.OfferId });
            Quantity(e.Property(l => l.Quantity));
            e.HasOne<Campaign>().WithMany().HasForeignKey(l => l.CampaignId);
        });

        modelBuilder.Entity<ManifestFarmLine>(e =>
        {
            e.HasKey(l => new { l.CampaignId, l.OrganisationId, l.OfferId });
            Quantity(e.Property(l => l.Quantity));
            e.HasOne<Campaign>().WithMany().HasForeignKey(l => l.CampaignId);
        });

        CrossSell(modelBuilder);
        AfterSalesModel.Configure(modelBuilder);
        ProductPhotoModel.Configure(modelBuilder);

        ModuleModel.End(modelBuilder, Module);
    }

    /// <summary>Coupons and vouchers, bundles, pre-sales and reviews.</summary>
    static void CrossSell(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Coupon>(e =>
        {
            e.Property(c => c.Code).HasMaxLength(20);
            e.Property(c => c.Kind).HasMaxLength(20);
            e.Property(c => c.ScopeRegionCode).HasMaxLength(12);
            e.Property(c => c.Source).HasMaxLength(20);
            e.Property(c => c.SourceKey).HasMaxLength(80);
            e.Property(c => c.Description).HasMaxLength(200);
            e.Ignore(c => c.IsVoucher);
            e.HasIndex(c => c.Code).IsUnique();
            // One repurchase coupon per order, one stayed-here coupon per booking, whoever asks first or twice.
            e.HasIndex(c => new { c.Source, c.SourceKey }).IsUnique();
            e.HasIndex(c => c.OwnerUserId);
            e.HasIndex(c => c.IssuerOrganisationId);
            e.ToTable(t => t.HasCheckConstraint("ck_coupon",
                "\"UsedCount\" >= 0 AND \"PerCustomerLimit\" >= 1 AND (\"TotalLimit\" IS NULL OR \"UsedCount\" <= \"TotalLimit\") AND \"ValidUntil\" > \"ValidFrom\""));
        });

        modelBuilder.Entity<CouponRedemption>(e =>
        {
            // The per-customer limit: the n-th use of a coupon by a customer exists once, whatever races.
            e.HasIndex(r => new { r.CouponId, r.CustomerUserId, r.N }).IsUnique();
            e.HasIndex(r => r.OrderId);
            e.HasOne<Coupon>().WithMany().HasForeignKey(r => r.CouponId);
            e.ToTable(t => t.HasCheckConstraint("ck_redemption_n", "\"N\" >= 1"));
        });

        modelBuilder.Entity<Bundle>(e =>
        {
            e.Property(b => b.RegionCode).HasMaxLength(12);
            e.Property(b => b.TitleZh).HasMaxLength(60);
            e.Property(b => b.StayVoucherText).HasMaxLength(100);
            e.Property(b => b.ExperienceVoucherText).HasMaxLength(100);
            e.HasIndex(b => b.OrganisationId);
            e.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.BundleId);
            e.ToTable(t => t.HasCheckConstraint("ck_bundle_price", "\"Price\" > 0"));
        });

        modelBuilder.Entity<BundleItem>(e =>
        {
            e.HasKey(i => new { i.BundleId, i.OfferId });
            e.HasOne<Offer>().WithMany().HasForeignKey(i => i.OfferId).OnDelete(DeleteBehavior.Restrict);
            Quantity(e.Property(i => i.Quantity));
        });

        modelBuilder.Entity<PreSale>(e =>
        {
            e.Property(p => p.RegionCode).HasMaxLength(12);
            e.Property(p => p.ProductName).HasMaxLength(40);
            e.Property(p => p.Variety).HasMaxLength(40);
            e.Property(p => p.Unit).HasMaxLength(10);
            e.Property(p => p.Status).HasMaxLength(12);
            Quantity(e.Property(p => p.ExpectedYield));
            Quantity(e.Property(p => p.Step));
            Quantity(e.Property(p => p.MaxPerCustomer));
            Quantity(e.Property(p => p.Committed));
            e.Property(p => p.ActualYield).HasConversion(q => q == null ? (long?)null : (long)(q.Value * 1000m), milli => milli == null ? null : milli.Value / 1000m);
            e.HasIndex(p => new { p.Status, p.OrderClosesAt });
            e.HasIndex(p => p.OrganisationId);
            e.ToTable(t => t.HasCheckConstraint("ck_presale", "\"Committed\" >= 0 AND \"Step\" > 0 AND \"ExpectedYield\" > 0"));
        });

        modelBuilder.Entity<PreOrder>(e =>
        {
            e.Property(p => p.PaymentMethod).HasMaxLength(20);
            Quantity(e.Property(p => p.Quantity));
            e.Property(p => p.FulfilledQuantity).HasConversion(q => q == null ? (long?)null : (long)(q.Value * 1000m), milli => milli == null ? null : milli.Value / 1000m);
            // One commitment per customer and pre-sale: the per-customer maximum holds without counting.
            e.HasIndex(p => new { p.PreSaleId, p.CustomerUserId }).IsUnique();
            e.HasIndex(p => new { p.PreSaleId, p.CreatedAt });
            e.HasOne<PreSale>().WithMany().HasForeignKey(p => p.PreSaleId);
            e.ToTable(t => t.HasCheckConstraint("ck_preorder", "\"Quantity\" > 0"));
        });

        modelBuilder.Entity<ProductReview>(e =>
        {
            e.ToTable(t => t.HasCheckConstraint("ck_review_rating", "\"Rating\" BETWEEN 1 AND 5"));
            e.Property(r => r.Text).HasMaxLength(1000);
            e.Property(r => r.Reply).HasMaxLength(500);
            e.Property(r => r.HiddenReason).HasMaxLength(200);
            e.HasIndex(r => r.OrderLineId).IsUnique();
            e.HasIndex(r => new { r.ProductId, r.CreatedAt });
            e.HasIndex(r => r.OrganisationId);
            e.HasOne<OrderLine>().WithMany().HasForeignKey(r => r.OrderLineId);
        });
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
