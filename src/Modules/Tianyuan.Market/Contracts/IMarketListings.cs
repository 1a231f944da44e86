namespace Tianyuan.Market.Contracts;

/// <summary>
/// Other modules sell through the shop: Farm lists an adoption plan (认养) as a product whose stock is the number of
/// trees or plot shares, so buying one is an ordinary order with the shop's no-oversell guarantee.
/// </summary>
public interface IMarketListings
{
    Task<MarketListing> ListAsync(NewMarketListing listing, CancellationToken ct);
}

/// <summary>What to put on sale: one product with one offer sold by the piece, <paramref name="Available"/> of them.</summary>
public sealed record NewMarketListing(Guid OrganisationId, string VillageCode, string NameZh, string? NameEn, string DescriptionZh,
    string Category, decimal UnitPrice, int Available, int ShelfLifeDays);

public sealed record MarketListing(Guid ProductId, Guid OfferId);
