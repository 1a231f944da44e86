namespace Tianyuan.Regions.Features.People;

using Tianyuan.Kernel.Ui;

/// <summary>People in the user's regions, searched by name, phone or email, with their current roles.</summary>
static class ListPeople
{
    public sealed record Item(Guid Id, string Name, string? Phone, string RegionCode, string RegionName, string RegionNameEn, IReadOnlyList<string> Roles);

    public sealed record Query(string? Q, string? Region, int? Page, int? PageSize);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/people", async ([AsParameters] Query query, ClaimsPrincipal user, RegionsDb db, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(query, user, db, ct)))
            .RequireAuthorization(Policies.BackOffice)
            .WithName(nameof(ListPeople))
            .WithSummary("People in the caller's regions, with search and paging.");

    public static async Task<PagedList<Item>> ExecuteAsync(Query query, ClaimsPrincipal user, RegionsDb db, CancellationToken ct)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var rows = db.People.AsNoTracking().WithinScopeOf(user, p => p.RegionCode);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            rows = rows.Where(p => p.Name.Contains(q) || (p.Phone != null && p.Phone.Contains(q)) || (p.Email != null && p.Email.Contains(q.ToLower())));
        }

        if (!string.IsNullOrWhiteSpace(query.Region))
            rows = rows.Where(p => p.RegionCode.StartsWith(query.Region));

        var total = await rows.CountAsync(ct);
        var page = await rows.OrderBy(p => p.RegionCode).ThenBy(p => p.Name).Skip(paging.Skip).Take(paging.Size)
            .Select(p => new
            {
                p.Id, p.Name, p.Phone, p.RegionCode,
                Region = db.Regions.Where(r => r.Code == p.RegionCode).Select(r => new { r.NameZh, r.NameEn }).First(),
                Roles = p.Roles.Where(a => a.RevokedAt == null).Select(a => a.Role).ToList(),
            })
            .ToListAsync(ct);
        var items = page.Select(p => new Item(p.Id, p.Name, ChinaPhone.Mask(p.Phone), p.RegionCode, p.Region.NameZh, p.Region.NameEn, [.. p.Roles.Distinct()])).ToList();
        return new PagedList<Item>(items, paging.Page, paging.Size, total);
    }
}
