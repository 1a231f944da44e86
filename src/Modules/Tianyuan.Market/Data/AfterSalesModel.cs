namespace Tianyuan.Market.Data;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Market.Domain;

/// <summary>The tables of payments, refunds, invoices and complaints (kept beside MarketDb so its list stays short).</summary>
static class AfterSalesModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PaymentIntent>(e =>
        {
            e.Property(i => i.Provider).HasMaxLength(20);
            e.Property(i => i.Status).HasMaxLength(12);
            e.HasIndex(i => i.OrderId);
            e.HasOne<Order>().WithMany().HasForeignKey(i => i.OrderId);
            e.ToTable(t => t.HasCheckConstraint("ck_intent_amount", "\"Amount\" > 0"));
        });

        modelBuilder.Entity<ProviderEvent>(e =>
        {
            e.Property(p => p.Provider).HasMaxLength(20);
            e.Property(p => p.EventId).HasMaxLength(100);
            e.Property(p => p.Type).HasMaxLength(40);
            // The replay guard: a provider's event is acted on once, however often it is delivered.
            e.HasIndex(p => new { p.Provider, p.EventId }).IsUnique();
            e.HasOne<PaymentIntent>().WithMany().HasForeignKey(p => p.IntentId);
        });

        modelBuilder.Entity<Setting>(e =>
        {
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(60);
            e.Property(s => s.Value).HasMaxLength(200);
        });

        modelBuilder.Entity<OrderRefund>(e =>
        {
            e.Property(r => r.IdempotencyKey).HasMaxLength(100);
            e.HasIndex(r => new { r.OrderId, r.IdempotencyKey }).IsUnique();
            e.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RefundId);
        });

        modelBuilder.Entity<OrderRefundLine>(e =>
        {
            e.HasKey(l => new { l.RefundId, l.LineId });
            MarketDb.Quantity(e.Property(l => l.Quantity));
            e.HasOne<OrderLine>().WithMany().HasForeignKey(l => l.LineId).OnDelete(DeleteBehavior.Restrict);
            e.ToTable(t => t.HasCheckConstraint("ck_refund_line", "\"Quantity\" > 0"));
        });

        modelBuilder.Entity<OrderInvoice>(e =>
        {
            e.HasKey(i => i.OrderId);
            e.Property(i => i.TitleKind).HasMaxLength(10);
            e.Property(i => i.Title).HasMaxLength(100);
            e.Property(i => i.TaxpayerId).HasMaxLength(18);
            e.Property(i => i.Email).HasMaxLength(254);
            e.Property(i => i.Address).HasMaxLength(200);
            e.Property(i => i.Phone).HasMaxLength(20);
            e.Property(i => i.BankName).HasMaxLength(100);
            e.Property(i => i.BankAccount).HasMaxLength(40);
            // Saving a changed request checks the number is still empty, so it cannot land on an invoice issued meanwhile.
            e.Property(i => i.InvoiceNumber).HasMaxLength(20).IsConcurrencyToken();
            e.HasOne<Order>().WithOne().HasForeignKey<OrderInvoice>(i => i.OrderId);
        });

        modelBuilder.Entity<Complaint>(e =>
        {
            e.Property(c => c.Kind).HasMaxLength(10);
            e.Property(c => c.Text).HasMaxLength(1000);
            e.Property(c => c.Status).HasMaxLength(10);
            e.Property(c => c.Resolution).HasMaxLength(12);
            e.Property(c => c.ResolutionNote).HasMaxLength(200);
            e.HasIndex(c => c.OrderId);
            e.HasIndex(c => c.Status);
            e.HasOne<Order>().WithMany().HasForeignKey(c => c.OrderId);
            e.HasMany(c => c.Photos).WithOne().HasForeignKey(p => p.ComplaintId);
        });
    }
}
