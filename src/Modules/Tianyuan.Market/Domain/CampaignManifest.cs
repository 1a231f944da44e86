namespace Tianyuan.Market.Domain;

/// <summary>
/// What one pickup point gets of one offer in a frozen campaign: written once by the cut-off job (a GROUP BY over
/// the orders), so manifests, CSV exports and print pages read a few hundred rows instead of every order line.
/// </summary>
sealed class ManifestPointLine
{
    public Guid CampaignId { get; init; }

    public Guid PickupPointId { get; init; }

    public Guid OfferId { get; init; }

    /// <summary>In the offer's unit.</summary>
    public decimal Quantity { get; init; }

    public int OrderCount { get; init; }
}

/// <summary>What one farm picks of one offer for a frozen campaign: the morning picking list.</summary>
sealed class ManifestFarmLine
{
    public Guid CampaignId { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid OfferId { get; init; }

    /// <summary>In the offer's unit.</summary>
    public decimal Quantity { get; init; }

    public int OrderCount { get; init; }
}
