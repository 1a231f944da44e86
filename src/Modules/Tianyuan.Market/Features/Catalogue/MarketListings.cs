namespace Tianyuan.Market.Features.Catalogue;

using Tianyuan.Market.Contracts;
using Tianyuan.Market.Data;
using Tianyuan.Market.Domain;

/// <summary>
/// The listing contract for other modules: they have checked their own input (and who may sell), so a wrong value
/// here is a programming error and throws, rather than a message for a person.
/// </summary>
sealed class MarketListings(MarketDb db, TimeProvider clock) : IMarketListings
{
    public async Task<MarketListing> ListAsync(NewMarketListing listing, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(listing.UnitPrice);
        ArgumentOutOfRangeException.ThrowIfNegative(listing.Available);
        if (!ProductCategory.All.Contains(listing.Category))
            throw new ArgumentException($"Unknown category '{listing.Category}'.", nameof(listing));
        var now = clock.GetUtcNow();
        var product = new Product
        {
            Id = Guid.CreateVersion7(now), OrganisationId = listing.OrganisationId, RegionCode = listing.VillageCode, NameZh = listing.NameZh,
            NameEn = listing.NameEn, DescriptionZh = listing.DescriptionZh, Category = listing.Category, Storage = StorageKind.Ambient,
            ShelfLifeDays = listing.ShelfLifeDays, Published = true, CreatedAt = now,
        };
        var offer = new Offer
        {
            Id = Guid.CreateVersion7(now), ProductId = product.Id, NameZh = listing.NameZh, NameEn = listing.NameEn, Unit = Kernel.Unit.Piece.Code,
            MinQuantity = 1, Step = 1, UnitPrice = listing.UnitPrice, Available = listing.Available,
        };
        product.Offers.Add(offer);
        db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        return new MarketListing(product.Id, offer.Id);
    }
}
