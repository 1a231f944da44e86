namespace Tianyuan.Regions.Features.Organisations;

using Tianyuan.Kernel.Ui;

/// <summary>Organisations the user may see, searched by name, filtered by region and kind, a page at a time.</summary>
static class ListOrganisations
{
    public sealed record Item(Guid Id, string Name, OrganisationKind Kind, string RegionCode, string RegionName, string RegionNameEn, string? Address);

    public sealed record Query(string? Q, string? Region, OrganisationKind? Kind, int? Page, int? PageSize);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/organisations", async ([AsParameters] Query query, ClaimsPrincipal user, RegionsDb db, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(query, user, db, ct)))
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(ListOrganisations))
            .WithSummary("Organisations in the caller's regions, with search and paging.");

    public static async Task<PagedList<Item>> ExecuteAsync(Query query, ClaimsPrincipal user, RegionsDb db, CancellationToken ct)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var rows = db.Organisations.AsNoTracking().WithinScopeOf(user, o => o.RegionCode);
        if (!string.IsNullOrWhiteSpace(query.Q))
            rows = rows.Where(o => o.Name.Contains(query.Q.Trim()));
        if (!string.IsNullOrWhiteSpace(query.Region))
            rows = rows.Where(o => o.RegionCode.StartsWith(query.Region));
        if (query.Kind is { } kind)
            rows = rows.Where(o => o.Kind == kind);

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(o => o.RegionCode).ThenBy(o => o.Name).Skip(paging.Skip).Take(paging.Size)
            .Join(db.Regions, o => o.RegionCode, r => r.Code, (o, r) => new Item(o.Id, o.Name, o.Kind, o.RegionCode, r.NameZh, r.NameEn, o.Address))
            .ToListAsync(ct);
        return new PagedList<Item>(items, paging.Page, paging.Size, total);
    }
}
