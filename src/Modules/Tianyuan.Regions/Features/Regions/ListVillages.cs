namespace Tianyuan.Regions.Features.Regions;

using Tianyuan.Kernel.Ui;

/// <summary>Villages, searched by Chinese or English name and filtered by township, a page at a time (public data).</summary>
static class ListVillages
{
    public sealed record Item(string Code, string NameZh, string NameEn, string TownshipCode, string TownshipName, string TownshipNameEn, double Latitude, double Longitude);

    public sealed record Query(string? Q, string? Township, int? Page, int? PageSize);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/villages", async ([AsParameters] Query query, RegionsDb db, CancellationToken ct) => TypedResults.Ok(await ExecuteAsync(query, db, ct)))
            .AllowAnonymous()
            .WithName(nameof(ListVillages))
            .WithSummary("Villages with search by name and a township filter, paged.");

    public static async Task<PagedList<Item>> ExecuteAsync(Query query, RegionsDb db, CancellationToken ct)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var rows = db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Village);
        if (!string.IsNullOrWhiteSpace(query.Township))
            rows = rows.Where(r => r.ParentCode == query.Township);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            rows = rows.Where(r => r.NameZh.Contains(q) || r.NameEn.ToLower().Contains(q.ToLower()));
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(r => r.Code).Skip(paging.Skip).Take(paging.Size)
            .Join(db.Regions, v => v.ParentCode, t => t.Code, (v, t) => new Item(v.Code, v.NameZh, v.NameEn, t.Code, t.NameZh, t.NameEn, v.CentreLatitude, v.CentreLongitude))
            .ToListAsync(ct);
        return new PagedList<Item>(items, paging.Page, paging.Size, total);
    }
}
