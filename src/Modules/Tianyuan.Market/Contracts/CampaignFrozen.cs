namespace Tianyuan.Market.Contracts;

using Tianyuan.Kernel.Outbox;

/// <summary>
/// A group-buy campaign passed its cut-off: its orders are final. This is the shipment request to Logistics: what
/// goes to each pickup point on <paramref name="PickupDate"/>, split by how it must travel (ambient, chilled, frozen).
/// Written to the Market outbox in the freezing transaction, so it exists exactly when the manifest does.
/// </summary>
public sealed record CampaignFrozen(
    Guid CampaignId, Guid OrganisationId, string RegionCode, DateOnly PickupDate, DateTimeOffset FrozenAt,
    IReadOnlyList<PointShipment> Points) : IIntegrationEvent;

/// <summary>One pickup point's delivery: where, how many customer orders, and the goods by storage kind.</summary>
public sealed record PointShipment(Guid PickupPointId, string Name, string Address, double Latitude, double Longitude,
    int OrderCount, IReadOnlyList<StorageLoad> Loads);

/// <summary>Goods that travel the same way: Storage is ambient, chilled or frozen.</summary>
public sealed record StorageLoad(string Storage, IReadOnlyList<ShipmentItem> Items);

/// <summary>One offer's quantity in its unit of sale (kg, 斤, piece, box).</summary>
public sealed record ShipmentItem(Guid OfferId, string Name, string Unit, decimal Quantity);
