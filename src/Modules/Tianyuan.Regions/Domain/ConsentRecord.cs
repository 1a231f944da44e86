namespace Tianyuan.Regions.Domain;

/// <summary>
/// "Farmers' data belongs to farmers": who (<see cref="PersonId"/>) shared which data (<see cref="DataCategory"/>)
/// with whom (<see cref="GranteeOrganisationId"/>), for what (<see cref="Purpose"/>), until when.
/// A revoked or expired consent stays on record.
/// </summary>
sealed class ConsentRecord
{
    public Guid Id { get; init; }

    public Guid PersonId { get; init; }

    public Guid GranteeOrganisationId { get; init; }

    /// <summary>A dotted data category such as <c>farm.telemetry</c> or <c>market.sales</c>.</summary>
    public required string DataCategory { get; init; }

    public required string Purpose { get; init; }

    public DateTimeOffset GrantedAt { get; init; }

    public DateTimeOffset ValidUntil { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ValidUntil;
}
