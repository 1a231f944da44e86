namespace Tianyuan.Regions.Contracts;

/// <summary>An organisation as other modules see it. Kind is one of: Cooperative, HomestayBusiness, GroupBuyPoint, LogisticsStation, Company.</summary>
public sealed record OrganisationSummary(Guid Id, string Name, string Kind, string RegionCode);

/// <summary>Organisations for other modules: which cooperative a farm belongs to, which stations exist.</summary>
public interface IOrganisationDirectory
{
    Task<OrganisationSummary?> FindAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<OrganisationSummary>> ListByKindAsync(string kind, CancellationToken ct);
}
