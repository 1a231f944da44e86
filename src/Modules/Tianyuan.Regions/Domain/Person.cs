namespace Tianyuan.Regions.Domain;

/// <summary>A person the platform knows: farmer, host, leader, courier, official. May or may not have an account.</summary>
sealed class Person
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public string? Phone { get; set; }

    /// <summary>Lower-case; unique when present. Accounts link to people through it.</summary>
    public string? Email { get; set; }

    /// <summary>Where the person lives or works (a village or township code).</summary>
    public required string RegionCode { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<RoleAssignment> Roles { get; } = [];

    /// <summary>Phone shown to others: 138****5678.</summary>
    public string? MaskedPhone => Kernel.ChinaPhone.Mask(Phone);
}

/// <summary>
/// A role held within a scope: a region (operator of a township) or an organisation (host of a homestay business).
/// Revoked assignments are kept for the audit trail.
/// </summary>
sealed class RoleAssignment
{
    /// <summary>
    /// A new assignment; <see cref="Scope"/> is derived here so that "one active assignment per person, role and
    /// scope" can be a unique index (a nullable organisation column cannot be part of one on both databases).
    /// </summary>
    public static RoleAssignment Grant(Guid id, Guid personId, string role, string regionCode, Guid? organisationId, DateTimeOffset at) => new()
    {
        Id = id, PersonId = personId, Role = role, RegionCode = regionCode, OrganisationId = organisationId, GrantedAt = at,
        Scope = organisationId is { } org ? $"org:{org}" : $"region:{regionCode}",
    };

    public Guid Id { get; init; }

    /// <summary>region:{code} or org:{id}; see <see cref="Grant"/>.</summary>
    public required string Scope { get; init; }

    public Guid PersonId { get; init; }

    public required string Role { get; init; }

    /// <summary>The region scope, or for organisation roles the organisation's region.</summary>
    public string? RegionCode { get; init; }

    public Guid? OrganisationId { get; init; }

    public DateTimeOffset GrantedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}
