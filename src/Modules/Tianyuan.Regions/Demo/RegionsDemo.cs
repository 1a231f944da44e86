namespace Tianyuan.Regions.Demo;

using Tianyuan.Kernel.Demo;

/// <summary>The Regions part of the demo: the county tree, organisations, people and their roles (runs first).</summary>
sealed class RegionsDemo(RegionsDb db, TimeProvider clock) : IDemoContributor
{
    public int Order => 0;

    public Task<bool> HasDataAsync(CancellationToken ct) => db.Regions.AnyAsync(ct);

    public async Task SeedAsync(DemoSeed seed, CancellationToken ct)
    {
        var county = CountyGenerator.Generate(seed, clock.GetUtcNow());
        db.Regions.AddRange(county.Regions);
        db.Organisations.AddRange(county.Organisations);
        db.People.AddRange(county.People);
        db.RoleAssignments.AddRange(county.Roles);
        db.Consents.AddRange(county.Consents);
        await db.SaveChangesAsync(ct);
    }
}
