namespace Tianyuan.Regions.Features.Regions;

using Tianyuan.Regions.Contracts;

/// <summary>The region tree for other modules and the host. A county has a few hundred nodes: one query builds it.</summary>
sealed class RegionDirectory(RegionsDb db) : IRegionDirectory
{
    public async Task<IReadOnlyList<RegionNode>> GetTreeAsync(CancellationToken ct)
    {
        var all = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct);
        var byParent = all.ToLookup(r => r.ParentCode);
        return Build(null);

        IReadOnlyList<RegionNode> Build(string? parent) =>
            [.. byParent[parent].Select(r => ToNode(r, Build(r.Code)))];
    }

    public async Task<RegionNode?> FindAsync(string code, CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        if (region is null)
            return null;
        var children = await db.Regions.AsNoTracking().Where(r => r.ParentCode == code).OrderBy(r => r.Code).ToListAsync(ct);
        return ToNode(region, [.. children.Select(c => ToNode(c, []))]);
    }

    public async Task<IReadOnlyList<RegionShape>> GetChildShapesAsync(string parentCode, CancellationToken ct) =>
        await db.Regions.AsNoTracking().Where(r => r.ParentCode == parentCode).OrderBy(r => r.Code)
            .Select(r => new RegionShape(r.Code, r.NameZh, r.NameEn, r.BoundaryGeoJson)).ToListAsync(ct);

    public async Task<RegionNode?> GetHomeCountyAsync(CancellationToken ct)
    {
        var county = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County).OrderBy(r => r.Code).FirstOrDefaultAsync(ct);
        if (county is null)
            return null;
        var below = await db.Regions.AsNoTracking().Where(r => r.Code.StartsWith(county.Code) && r.Code != county.Code)
            .OrderBy(r => r.Code).ToListAsync(ct);
        var byParent = below.ToLookup(r => r.ParentCode);
        return ToNode(county, [.. byParent[county.Code].Select(t => ToNode(t, [.. byParent[t.Code].Select(v => ToNode(v, []))]))]);
    }

    internal static RegionNode ToNode(Region r, IReadOnlyList<RegionNode> children) =>
        new(r.Code, r.ParentCode, r.Level, r.NameZh, r.NameEn, r.CentreLatitude, r.CentreLongitude, children);
}
