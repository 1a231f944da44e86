namespace Tianyuan.Regions.Features.Organisations;

using Tianyuan.Regions.Contracts;

sealed class OrganisationDirectory(RegionsDb db) : IOrganisationDirectory
{
    public Task<OrganisationSummary?> FindAsync(Guid id, CancellationToken ct) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind.ToString(), o.RegionCode)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<OrganisationSummary>> ListByKindAsync(string kind, CancellationToken ct)
    {
        if (!Enum.TryParse<OrganisationKind>(kind, out var parsed))
            return [];
        var rows = await db.Organisations.AsNoTracking().Where(o => o.Kind == parsed).OrderBy(o => o.RegionCode).ThenBy(o => o.Name).ToListAsync(ct);
        return [.. rows.Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind.ToString(), o.RegionCode))];
    }
}
