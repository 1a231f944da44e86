namespace Tianyuan.Regions.Contracts;

using Tianyuan.Kernel.Access;

public sealed record PersonSummary(Guid Id, string Name, string? Email, string RegionCode);

/// <summary>People and their scoped roles, for the Accounts module (claims at sign-in, first admin).</summary>
public interface IPeopleDirectory
{
    Task<PersonSummary?> FindByEmailAsync(string email, CancellationToken ct);

    /// <summary>The roles a person holds now (revoked ones excluded), as access scopes.</summary>
    Task<IReadOnlyList<AccessScope>> GetScopesAsync(Guid personId, CancellationToken ct);

    /// <summary>
    /// Registers the platform's first administrator (the create-admin command): a person seated in the top
    /// region holding the Admin role there. On a new install the top region is created from
    /// <paramref name="topRegion"/>; without one an empty tree is an error. Returns the existing person when
    /// the email is already known.
    /// </summary>
    Task<PersonSummary> EnsureAdministratorAsync(string name, string email, TopRegion? topRegion, CancellationToken ct);
}

/// <summary>The region an install starts from (usually its county), for the create-admin command.</summary>
public sealed record TopRegion(string Code, string NameZh, string NameEn);
