namespace Tianyuan.Market.Features.Catalogue;

/// <summary>An offer in shop lists and the public API: what it is, where from, its unit, price and what is left.</summary>
sealed record OfferSummary(
    Guid Id, Guid ProductId, string ProductName, string Name, string Category, string Storage, string VillageCode,
    string Unit, decimal Price, decimal Available, decimal MinQuantity, decimal Step, DateOnly? ProducedOn, DateOnly? BestBefore);
