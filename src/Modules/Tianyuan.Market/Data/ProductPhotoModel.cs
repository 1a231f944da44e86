namespace Tianyuan.Market.Data;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Market.Domain;

/// <summary>The product photos table (kept beside MarketDb so its list stays short).</summary>
static class ProductPhotoModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ProductPhoto>(e =>
        {
            // The gallery's order: oldest first, so the first photo a seller adds is the shop card's picture.
            e.HasIndex(p => new { p.ProductId, p.CreatedAt });
            e.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId);
        });
}
